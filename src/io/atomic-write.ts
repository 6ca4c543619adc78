/**
 * Verified, atomic file writes: the bytes go to a temporary file in the same
 * folder, every byte is written (a short write is retried, a write that makes
 * no progress is an error: a full disk never leaves a truncated file), the
 * temporary file's size is checked, the file and then its folder are
 * fsynced, and only then is it renamed over the target. A reader, an
 * interrupt or a crash sees the whole old file or the whole new one.
 *
 * Refused: a target that exists but is not a regular file (a device, a FIFO,
 * a socket, a directory): renaming over it would replace it. A symbolic link
 * is followed and the file it points to is replaced (the link stays). The
 * target's mode is kept and, when running as root, its owner too.
 *
 * Text is written as UTF-8 with its byte order mark put back when the
 * original had one; line ends and the final newline are the text's own.
 *
 * The file-system calls go through `WriteFs`, so tests can inject a short or
 * failing write.
 */
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { TranslintError } from '../errors.js';

export interface TextWriteOptions {
  /** Put a byte order mark back in front of the text. */
  bom: boolean;
  /** File mode to keep (permission bits of the original). */
  mode: number;
}

/** The file-system calls a verified write makes (node:fs by default). */
export type WriteFs = Pick<
  typeof nodeFs,
  'openSync' | 'writeSync' | 'fsyncSync' | 'fstatSync' | 'closeSync' | 'renameSync' | 'unlinkSync' | 'fchmodSync' | 'fchownSync' | 'statSync' | 'lstatSync' | 'realpathSync'
>;

/** Temporary files written by this thread and not yet renamed or removed (removed on a signal). */
const pending = new Set<string>();

/** Remove the temporary files of writes still in progress (a run stopped by a signal). */
export function removePendingTemps(fs: Pick<WriteFs, 'unlinkSync'> = nodeFs): void {
  for (const tmp of pending) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      // gone already
    }
  }
  pending.clear();
}

export function encodeText(text: string, bom: boolean): Buffer {
  return Buffer.from(bom ? `\ufeff${text}` : text, 'utf8');
}

/** Write every byte of `data` to `fd`; a write that makes no progress is an error (ENOSPC), never a silent truncation. */
export function writeAll(fd: number, data: Uint8Array, fs: Pick<WriteFs, 'writeSync'> = nodeFs): void {
  let done = 0;
  while (done < data.length) {
    const n = fs.writeSync(fd, data, done, data.length - done);
    if (!(n > 0)) throw Object.assign(new Error(`short write: ${done} of ${data.length} bytes written`), { code: 'ENOSPC' });
    done += n;
  }
}

/** What a path is, for messages: 'a directory', 'a FIFO', ... */
export function kindOf(st: nodeFs.Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** The code of a file-system error, or its message. */
export function errorCode(err: unknown): string {
  return (err as NodeJS.ErrnoException)?.code ?? String((err as Error)?.message ?? err);
}

/**
 * Where a write to `file` really goes: the file itself, or the file a
 * symbolic link points to. Throws a TranslintError for a target that is not
 * a regular file. `existing` is its stat, when it exists.
 */
export function writeTarget(file: string, fs: WriteFs = nodeFs): { path: string; existing?: nodeFs.Stats } {
  let path = file;
  try {
    path = fs.realpathSync(file);
  } catch (err) {
    if (errorCode(err) !== 'ENOENT') throw new TranslintError(`cannot write (${errorCode(err)})`, { file });
    // a dangling link: write where it points, as a plain file would be written
    try {
      const st = fs.lstatSync(file);
      if (st.isSymbolicLink()) throw new TranslintError('a symbolic link to a missing file: not written', { file });
    } catch (e) {
      if (e instanceof TranslintError) throw e;
    }
    return { path };
  }
  const existing = fs.statSync(path);
  if (!existing.isFile()) throw new TranslintError(`${kindOf(existing)}: not written (only regular files are written)`, { file });
  return { path, existing };
}

/**
 * A file written in pieces into a temporary file beside it, then put in place
 * by `commit` (verified and fsynced) or dropped by `abandon`.
 */
export class AtomicFile {
  readonly target: string;
  private readonly tmp: string;
  private fd: number | undefined;
  private bytes = 0;
  private readonly mode: number;
  private readonly owner?: { uid: number; gid: number };

  constructor(
    private readonly file: string,
    options: { mode?: number } = {},
    private readonly fs: WriteFs = nodeFs,
  ) {
    const { path, existing } = writeTarget(file, fs);
    this.target = path;
    this.mode = (options.mode ?? existing?.mode ?? 0o666 & ~currentUmask()) & 0o7777;
    if (existing && process.getuid?.() === 0) this.owner = { uid: existing.uid, gid: existing.gid };
    this.tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      this.fd = fs.openSync(this.tmp, 'wx', 0o600);
    } catch (err) {
      throw this.failure(err);
    }
    pending.add(this.tmp);
  }

  write(data: Uint8Array | string): void {
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    try {
      writeAll(this.fd!, buf, this.fs);
      this.bytes += buf.length;
    } catch (err) {
      this.abandon();
      throw this.failure(err);
    }
  }

  /** Check, fsync and rename into place; then fsync the folder. */
  commit(): void {
    try {
      const fd = this.fd!;
      const size = this.fs.fstatSync(fd).size;
      if (size !== this.bytes) throw Object.assign(new Error(`short write: ${size} of ${this.bytes} bytes on disk`), { code: 'EIO' });
      this.fs.fchmodSync(fd, this.mode);
      if (this.owner) {
        try {
          this.fs.fchownSync(fd, this.owner.uid, this.owner.gid);
        } catch {
          // a file system without owners
        }
      }
      this.fs.fsyncSync(fd);
      this.fs.closeSync(fd);
      this.fd = undefined;
      this.fs.renameSync(this.tmp, this.target);
      pending.delete(this.tmp);
    } catch (err) {
      this.abandon();
      throw this.failure(err);
    }
    syncDir(dirname(this.target), this.fs);
  }

  abandon(): void {
    if (this.fd !== undefined) {
      try {
        this.fs.closeSync(this.fd);
      } catch {
        // closed already
      }
      this.fd = undefined;
    }
    try {
      this.fs.unlinkSync(this.tmp);
    } catch {
      // gone already
    }
    pending.delete(this.tmp);
  }

  private failure(err: unknown): TranslintError {
    if (err instanceof TranslintError) return err;
    const code = errorCode(err);
    const why = code === 'ENOSPC' ? 'no space left on the device' : code === 'EROFS' ? 'read-only file system' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code;
    return new TranslintError(`cannot write (${why}); the file is unchanged`, { file: this.file });
  }
}

let umask: number | undefined;
function currentUmask(): number {
  // process.umask() without an argument is deprecated; 0o022 is the usual value and a safe default
  return (umask ??= 0o022);
}

/** fsync a folder, so a rename in it survives a crash (where folders can be fsynced). */
function syncDir(dir: string, fs: WriteFs): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // not supported on this platform or file system: the rename is still atomic
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Write a whole file, verified and atomically (see the top of this file). */
export function writeFileVerified(file: string, data: Uint8Array | string, options: { mode?: number } = {}, fs: WriteFs = nodeFs): void {
  const out = new AtomicFile(file, options, fs);
  out.write(data);
  out.commit();
}

export async function writeTextAtomic(file: string, text: string, options: TextWriteOptions): Promise<void> {
  writeFileVerified(file, encodeText(text, options.bom), { mode: options.mode });
}
