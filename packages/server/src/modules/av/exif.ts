import { exifCaptureTime } from '@liuhen/domain';
import exifr from 'exifr';

/** What a photo's EXIF says of itself: when, with which camera, where, and how it is to be turned. */
export type PhotoExif = {
  /** DateTimeOriginal as an instant: with OffsetTimeOriginal, else read as Asia/Shanghai (`timeZoneAssumed`). */
  capturedAt: string | null;
  /** DateTimeOriginal and OffsetTimeOriginal exactly as written in the file. */
  dateTimeOriginal: string | null;
  offsetTimeOriginal: string | null;
  timeZoneAssumed: boolean;
  make: string | null;
  model: string | null;
  /** BodySerialNumber (EXIF 2.3, tag 0xA431), else the DNG CameraSerialNumber. */
  serialNumber: string | null;
  latitude: number | null;
  longitude: number | null;
  width: number | null;
  height: number | null;
  /** TIFF Orientation 1–8 (6: turn 90° clockwise to view). */
  orientation: number | null;
  /** The EXIF could not be read (the image itself may still be fine). */
  error: string | null;
};

const emptyExif: PhotoExif = {
  capturedAt: null,
  dateTimeOriginal: null,
  offsetTimeOriginal: null,
  timeZoneAssumed: false,
  make: null,
  model: null,
  serialNumber: null,
  latitude: null,
  longitude: null,
  width: null,
  height: null,
  orientation: null,
  error: null,
};

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.replace(/\0+$/, '').trim() : null;
const number = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/**
 * Reads a photo's EXIF (JPEG, HEIC, TIFF …) with exifr; never changes the file. Values stay as written
 * (`reviveValues: false`): exifr would otherwise read DateTimeOriginal in the server's own time zone. A photo without
 * EXIF gives every field null; unreadable EXIF gives the same with `error` set.
 */
export async function readPhotoExif(file: string): Promise<PhotoExif> {
  let tags: Record<string, unknown> | undefined;
  try {
    tags = (await exifr.parse(file, {
      tiff: true,
      exif: true,
      gps: true,
      ifd1: false,
      interop: false,
      xmp: false,
      icc: false,
      iptc: false,
      jfif: false,
      ihdr: false,
      makerNote: false,
      userComment: false,
      reviveValues: false,
      translateValues: false,
    })) as Record<string, unknown> | undefined;
  } catch (error) {
    return { ...emptyExif, error: (error instanceof Error ? error.message : String(error)).slice(0, 500) };
  }
  if (!tags) return emptyExif;
  const dateTimeOriginal = text(tags.DateTimeOriginal);
  const offsetTimeOriginal = text(tags.OffsetTimeOriginal);
  const captured = exifCaptureTime(dateTimeOriginal, offsetTimeOriginal);
  return {
    capturedAt: captured?.instant ?? null,
    dateTimeOriginal,
    offsetTimeOriginal,
    timeZoneAssumed: captured?.timeZoneAssumed ?? false,
    make: text(tags.Make),
    model: text(tags.Model),
    // exifr names tag 0xA431 (BodySerialNumber) `SerialNumber`.
    serialNumber: text(tags.BodySerialNumber) ?? text(tags.SerialNumber) ?? text(tags.CameraSerialNumber),
    latitude: number(tags.latitude),
    longitude: number(tags.longitude),
    width: number(tags.ExifImageWidth) ?? number(tags.ImageWidth),
    height: number(tags.ExifImageHeight) ?? number(tags.ImageHeight),
    orientation: number(tags.Orientation),
    error: null,
  };
}
