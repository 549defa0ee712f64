import { describe, expect, it } from 'vitest';
import { receptionFootage } from './reception';

const day = {
  id: 'cam-day',
  deviceNumber: 'NVR-01',
  capturedFrom: '2026-11-23T08:30:00+08:00',
  capturedTo: '2026-11-23T12:00:00+08:00',
};

describe('INIT-02: reception-point footage matched to an application by time', () => {
  it('INIT-02: a moment inside a recording gets the recording and the offset into it', () => {
    const [registration] = receptionFootage(
      [{ kind: 'registration', at: '2026-11-23T09:31:05+08:00', label: '登记' }],
      [day],
    );
    expect(registration!.covering).toEqual([{ recordId: 'cam-day', deviceNumber: 'NVR-01', offsetSeconds: 3665 }]);
  });

  it('INIT-02: a moment no recording covers is listed without footage, in time order', () => {
    const result = receptionFootage(
      [
        { kind: 'handling', at: '2026-11-23T14:00:00+08:00', label: '办理' },
        { kind: 'registration', at: '2026-11-23T09:00:00+08:00', label: '登记' },
      ],
      [day, { id: 'undated', deviceNumber: null, capturedFrom: null, capturedTo: null }],
    );
    expect(result.map((moment) => [moment.kind, moment.covering.map((c) => c.recordId)])).toEqual([
      ['registration', ['cam-day']],
      ['handling', []],
    ]);
  });
});
