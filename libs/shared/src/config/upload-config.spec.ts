import { loadConfig, parseSize } from './app-config';

describe('upload and sync settings', () => {
  it('reads CSV_UPLOAD_LIMIT as a size (25mb by default) and names a bad one', () => {
    expect(parseSize(loadConfig({}).CSV_UPLOAD_LIMIT)).toBe(25 * 1024 * 1024);
    expect(parseSize(loadConfig({ CSV_UPLOAD_LIMIT: '512kb' }).CSV_UPLOAD_LIMIT)).toBe(512 * 1024);
    expect(parseSize(loadConfig({ CSV_UPLOAD_LIMIT: '1048576' }).CSV_UPLOAD_LIMIT)).toBe(1048576);
    expect(parseSize('1.5MB')).toBe(1.5 * 1024 * 1024);
    for (const bad of ['lots', '-1mb', '10 tb']) {
      expect(() => loadConfig({ CSV_UPLOAD_LIMIT: bad })).toThrow(/^\s*- CSV_UPLOAD_LIMIT: /m);
    }
  });

  it('takes a killed sync over within 60 s by default, heartbeats at most half as far apart, and names bad values', () => {
    const c = loadConfig({});
    expect({ stale: c.SYNC_STALE_SECONDS, heartbeat: c.SYNC_HEARTBEAT_SECONDS, batch: c.CSV_BATCH_ROWS }).toEqual({ stale: 60, heartbeat: 10, batch: 1000 });
    expect(() => loadConfig({ SYNC_STALE_SECONDS: '600' })).toThrow(/SYNC_STALE_SECONDS/);
    expect(() => loadConfig({ SYNC_STALE_SECONDS: '10', SYNC_HEARTBEAT_SECONDS: '6' })).toThrow(/SYNC_HEARTBEAT_SECONDS: at most half/);
    expect(() => loadConfig({ CSV_BATCH_ROWS: '10' })).toThrow(/CSV_BATCH_ROWS/);
  });
});
