import { formatErrorMessage, isDomainError } from '@liuhen/domain';

export type Io = {
  out(line: string): void;
  err(line: string): void;
  /** Writes text exactly as given (signed notes must keep their bytes). */
  write(text: string): void;
};

export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  write: (text) => process.stdout.write(text),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Prints an error as the API would: zh-CN first, English second, with its stable code. */
export function reportError(io: Io, error: unknown): void {
  if (isDomainError(error)) {
    io.err(`错误 [${error.code}]：${formatErrorMessage(error.code, error.details, 'zh')}`);
    io.err(`Error [${error.code}]: ${formatErrorMessage(error.code, error.details, 'en')}`);
    return;
  }
  io.err(`错误 Error: ${error instanceof Error ? error.message : String(error)}`);
}
