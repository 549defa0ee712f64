import { loadConfig, startServer } from '@liuhen/server';
import type { Io } from '../io';

/** `liuhen serve`: starts the server and stops cleanly on SIGINT/SIGTERM. */
export async function serveCommand(io: Io): Promise<void> {
  const config = loadConfig();
  const { app, url } = await startServer(config, io.out);
  io.out(
    `留痕已启动 Liuhen is running: ${url}  (数据库 database: ${config.database.kind}, 数据目录 data: ${config.dataDir})`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => {
      io.out('正在停止 Stopping…');
      app.close().then(resolve, resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
