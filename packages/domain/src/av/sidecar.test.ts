import { describe, expect, it } from 'vitest';
import { avSidecarSchema, mergeAvFileMetadata, readAvSidecar } from './sidecar';

describe('AVS-03, AVS-05: what a station sidecar file says of one media file', () => {
  it('reads every field of a valid sidecar', () => {
    const sidecar = {
      deviceNumber: 'DSJ-A8-0001',
      deviceType: 'bodyCam',
      officerNumber: '0123456',
      capturedFrom: '2026-11-23T09:30:15+08:00',
      capturedTo: '2026-11-23T09:45:15+08:00',
      place: '某区某路 12 号',
      purpose: '证明当事人拒绝检查',
    };
    expect(readAvSidecar(JSON.stringify(sidecar))).toEqual({ values: sidecar, issues: [] });
    expect(avSidecarSchema.parse(sidecar)).toEqual(sidecar);
    expect(readAvSidecar('\uFEFF{ "officerNumber": " 0123456 " }')).toEqual({
      values: { officerNumber: '0123456' },
      issues: [],
    });
  });

  it('keeps the valid fields and reports each invalid or unknown one in both languages', () => {
    const { values, issues } = readAvSidecar(
      JSON.stringify({
        deviceNumber: 'DSJ-A8-0001',
        deviceType: 'drone',
        capturedFrom: '2026-11-23 09:30',
        officerNo: '7',
      }),
    );
    expect(values).toEqual({ deviceNumber: 'DSJ-A8-0001' });
    expect(issues).toEqual([
      {
        field: 'deviceType',
        zh: 'deviceType 须为以下之一：bodyCam、camera、videoCamera、audioRecorder、surveillance、phone',
        en: 'deviceType must be one of bodyCam, camera, videoCamera, audioRecorder, surveillance, phone',
      },
      {
        field: 'capturedFrom',
        zh: 'capturedFrom 须为带时区的 ISO 8601 时间，如 2026-11-23T09:30:15+08:00',
        en: 'capturedFrom must be an ISO 8601 time with an offset, as 2026-11-23T09:30:15+08:00',
      },
      expect.objectContaining({ field: 'officerNo', en: expect.stringContaining('Unknown field officerNo') }),
    ]);
    expect(avSidecarSchema.safeParse({ deviceType: 'drone' }).success).toBe(false);
  });

  it('drops an end before the start, and refuses text that is not one JSON object', () => {
    const reversed = readAvSidecar(
      JSON.stringify({ capturedFrom: '2026-11-23T10:00:00+08:00', capturedTo: '2026-11-23T09:00:00+08:00' }),
    );
    expect(reversed.values).toEqual({ capturedFrom: '2026-11-23T10:00:00+08:00' });
    expect(reversed.issues).toMatchObject([{ field: 'capturedTo' }]);
    expect(readAvSidecar('{ deviceNumber: 1')).toMatchObject({ values: {}, issues: [{ field: null }] });
    expect(readAvSidecar('[1, 2]')).toEqual({
      values: {},
      issues: [{ field: null, zh: '须为一个 JSON 对象', en: 'Must be one JSON object' }],
    });
  });

  it('takes the sidecar over the folder layout over the file name, and says where each value came from', () => {
    expect(
      mergeAvFileMetadata({
        fileName: { deviceNumber: 'DSJ-A8', officerNumber: '0123456', capturedFrom: '2026-11-23T09:30:15+08:00' },
        layout: { deviceNumber: 'DSJ-A8-0001', officerNumber: '0999999' },
        sidecar: { officerNumber: '0777777', place: '某区某路 12 号' },
      }),
    ).toEqual({
      values: {
        deviceNumber: 'DSJ-A8-0001',
        officerNumber: '0777777',
        capturedFrom: '2026-11-23T09:30:15+08:00',
        place: '某区某路 12 号',
      },
      sources: { deviceNumber: 'layout', officerNumber: 'sidecar', capturedFrom: 'fileName', place: 'sidecar' },
    });
    expect(mergeAvFileMetadata({})).toEqual({ values: {}, sources: {} });
  });
});
