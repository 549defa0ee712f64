import { findLog, verifyLedger, trustedKeys, type VerifyProgress } from '@liuhen/server';
import { SingleBar } from 'cli-progress';
import { operatorContext, withLiuhen } from '../context';
import type { Io } from '../io';

/** A progress bar on a terminal (stderr), nothing when output goes to a file or a pipe. */
function progressBar(): { onProgress?: VerifyProgress; stop(): void } {
  if (!process.stderr.isTTY) return { stop: () => {} };
  const bar = new SingleBar({
    stream: process.stderr,
    format: '{phase} [{bar}] {percentage}% | {value}/{total}',
    hideCursor: true,
  });
  let phase: string | null = null;
  return {
    onProgress(progress) {
      const label = progress.phase === 'entries' ? '校验记录 entries' : '校验文件 files';
      if (phase !== label) {
        if (phase !== null) bar.stop();
        bar.start(progress.total, 0, { phase: label });
        phase = label;
      }
      bar.update(progress.done, { phase: label });
    },
    stop: () => bar.stop(),
  };
}

/**
 * `liuhen verify`: re-reads the whole log and every stored file and reports the first divergence. Exit code 0
 * only when all holds. It trusts the verifier key given with --public-key, else the one kept beside the signing
 * key in the data directory, and only as a last resort the database's own copy (said loudly).
 */
export async function verifyCommand(io: Io, options: { publicKey?: string[]; json?: boolean; blobs?: boolean }) {
  return withLiuhen(async (liuhen) => {
    const { agencyId } = await operatorContext(liuhen);
    const log = await findLog(liuhen.database.db, agencyId);
    const trusted = trustedKeys(liuhen.deps, agencyId, options.publicKey ?? []);
    if (!trusted) {
      io.err(
        '警告：未找到本地验证公钥，只能使用数据库中记录的公钥；能改写数据库的人也能替换它。请用 --public-key 指定。',
      );
      io.err(
        'Warning: no local verifier key; trusting the key stored in the database, which whoever can rewrite the database can replace. Pass --public-key.',
      );
    }
    const bar = progressBar();
    const report = await verifyLedger(liuhen.database.db, {
      agencyId,
      trustedVerifierKeys: trusted?.keys ?? [log!.verifier_key],
      blobs: options.blobs === false ? null : liuhen.deps.blobs,
      ...(bar.onProgress ? { onProgress: bar.onProgress } : {}),
    });
    bar.stop();
    if (options.json) {
      io.out(JSON.stringify(report, null, 2));
    } else if (report.ok) {
      io.out(
        `验证通过 Verified: ${report.entries} 条记录 entries, ${report.checkpointsVerified} 个检查点 checkpoints, ${report.blobsChecked} 个文件 files`,
      );
      io.out(`根哈希 Root (size ${report.treeSize}): ${report.rootHash}`);
      if (report.latestCheckpointSize !== report.treeSize) {
        io.out(
          `注意：最新检查点只覆盖前 ${report.latestCheckpointSize ?? 0} 条 / the latest checkpoint covers ${report.latestCheckpointSize ?? 0} entries`,
        );
      }
    } else {
      const p = report.problem!;
      io.err(
        `验证失败 Verification FAILED [${p.kind}]${p.seq !== undefined ? ` 记录 entry ${p.seq}` : ''}${p.checkpointSize !== undefined ? ` 检查点 checkpoint ${p.checkpointSize}` : ''}`,
      );
      io.err(`  ${p.message}`);
      if (p.expected !== undefined) io.err(`  应为 expected: ${p.expected}`);
      if (p.found !== undefined) io.err(`  实际 found:    ${p.found}`);
    }
    return report.ok ? 0 : 2;
  });
}
