/**
 * Writes EXIF into a JPEG for tests, by hand: no EXIF writer is installed. An APP1 segment holds a big-endian TIFF
 * structure (TIFF 6.0 §2; EXIF 2.32 §4.5): IFD0 with Make, Model, Orientation and pointers to the Exif IFD
 * (DateTimeOriginal, OffsetTimeOriginal, BodySerialNumber, pixel size) and the GPS IFD (latitude, longitude).
 */
export type TestExif = {
  make?: string;
  model?: string;
  orientation?: number;
  /** `YYYY:MM:DD HH:MM:SS`, as cameras write it. */
  dateTimeOriginal?: string;
  /** `+08:00`. */
  offsetTimeOriginal?: string;
  bodySerialNumber?: string;
  width?: number;
  height?: number;
  /** Degrees; south and west negative. */
  latitude?: number;
  longitude?: number;
};

type Entry = { tag: number; type: 'ascii' | 'short' | 'long' | 'rational'; values: string | number[] };

const typeCodes = { ascii: 2, short: 3, long: 4, rational: 5 } as const;
const typeSizes = { ascii: 1, short: 2, long: 4, rational: 8 } as const;

function entryBytes(entry: Entry): Buffer {
  if (entry.type === 'ascii') return Buffer.from(`${entry.values as string}\0`, 'latin1');
  const values = entry.values as number[];
  const out = Buffer.alloc(values.length * typeSizes[entry.type]);
  values.forEach((value, index) => {
    if (entry.type === 'short') out.writeUInt16BE(value, index * 2);
    else if (entry.type === 'long') out.writeUInt32BE(value, index * 4);
    else {
      // Rationals as value/10000: enough for seconds of arc in the tests.
      out.writeUInt32BE(Math.round(value * 10_000), index * 8);
      out.writeUInt32BE(10_000, index * 8 + 4);
    }
  });
  return out;
}

/** One IFD at `offset` (from the TIFF header): entries sorted by tag, values over 4 bytes placed after it. */
function ifd(entries: Entry[], offset: number): Buffer {
  const sorted = [...entries].sort((a, b) => a.tag - b.tag);
  const head = Buffer.alloc(2 + sorted.length * 12 + 4);
  head.writeUInt16BE(sorted.length, 0);
  const extra: Buffer[] = [];
  let extraOffset = offset + head.length;
  sorted.forEach((entry, index) => {
    const bytes = entryBytes(entry);
    const at = 2 + index * 12;
    head.writeUInt16BE(entry.tag, at);
    head.writeUInt16BE(typeCodes[entry.type], at + 2);
    head.writeUInt32BE(bytes.length / typeSizes[entry.type], at + 4);
    if (bytes.length <= 4) bytes.copy(head, at + 8);
    else {
      head.writeUInt32BE(extraOffset, at + 8);
      const padded = bytes.length % 2 ? Buffer.concat([bytes, Buffer.alloc(1)]) : bytes;
      extra.push(padded);
      extraOffset += padded.length;
    }
  });
  return Buffer.concat([head, ...extra]);
}

const dms = (degrees: number) => {
  const abs = Math.abs(degrees);
  const d = Math.floor(abs);
  const m = Math.floor((abs - d) * 60);
  return [d, m, (abs - d - m / 60) * 3600];
};

/** The APP1 `Exif` segment for `exif`. */
export function exifSegment(exif: TestExif): Buffer {
  const ascii = (tag: number, value: string | undefined): Entry[] =>
    value === undefined ? [] : [{ tag, type: 'ascii', values: value }];
  const exifEntries: Entry[] = [
    ...ascii(0x9003, exif.dateTimeOriginal),
    ...ascii(0x9011, exif.offsetTimeOriginal),
    ...ascii(0xa431, exif.bodySerialNumber),
    ...(exif.width === undefined ? [] : [{ tag: 0xa002, type: 'long', values: [exif.width] } as Entry]),
    ...(exif.height === undefined ? [] : [{ tag: 0xa003, type: 'long', values: [exif.height] } as Entry]),
  ];
  const gpsEntries: Entry[] =
    exif.latitude === undefined || exif.longitude === undefined
      ? []
      : [
          { tag: 1, type: 'ascii', values: exif.latitude < 0 ? 'S' : 'N' },
          { tag: 2, type: 'rational', values: dms(exif.latitude) },
          { tag: 3, type: 'ascii', values: exif.longitude < 0 ? 'W' : 'E' },
          { tag: 4, type: 'rational', values: dms(exif.longitude) },
        ];
  const ifd0Entries: Entry[] = [
    ...ascii(0x010f, exif.make),
    ...ascii(0x0110, exif.model),
    ...(exif.orientation === undefined ? [] : [{ tag: 0x0112, type: 'short', values: [exif.orientation] } as Entry]),
  ];
  // Pointers take their final values once the sizes are known; a placeholder keeps IFD0's size right.
  const pointers = (exifAt: number, gpsAt: number): Entry[] => [
    ...(exifEntries.length ? [{ tag: 0x8769, type: 'long', values: [exifAt] } as Entry] : []),
    ...(gpsEntries.length ? [{ tag: 0x8825, type: 'long', values: [gpsAt] } as Entry] : []),
  ];
  const ifd0Size = ifd([...ifd0Entries, ...pointers(0, 0)], 8).length;
  const exifAt = 8 + ifd0Size;
  const exifIfd = ifd(exifEntries, exifAt);
  const gpsAt = exifAt + (exifEntries.length ? exifIfd.length : 0);
  const gpsIfd = ifd(gpsEntries, gpsAt);
  const tiff = Buffer.concat([
    Buffer.from('MM\0*\0\0\0\x08', 'latin1'),
    ifd([...ifd0Entries, ...pointers(exifAt, gpsAt)], 8),
    ...(exifEntries.length ? [exifIfd] : []),
    ...(gpsEntries.length ? [gpsIfd] : []),
  ]);
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const header = Buffer.alloc(4);
  header.writeUInt16BE(0xffe1, 0);
  header.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([header, body]);
}

/** The JPEG with an EXIF segment right after its start-of-image marker. */
export function withExif(jpeg: Buffer, exif: TestExif): Buffer {
  if (jpeg.readUInt16BE(0) !== 0xffd8) throw new Error('not a JPEG');
  return Buffer.concat([jpeg.subarray(0, 2), exifSegment(exif), jpeg.subarray(2)]);
}
