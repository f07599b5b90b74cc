// Expected business failures are values with a stable code (STYLE.md habit 5); bugs throw.
import type { FastifyReply } from 'fastify';
import { ERROR_MESSAGES, type ErrorCode } from '../../../contracts/errors.ts';
import { statusOf } from './error-map.ts';

export type Failure = { ok: false; code: ErrorCode; message?: string; details?: unknown };
export type Result<T> = { ok: true; value: T } | Failure;

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message?: string, details?: unknown): Failure => ({
  ok: false,
  code,
  ...(message === undefined ? {} : { message }),
  ...(details === undefined ? {} : { details }),
});

export function errorBody(code: ErrorCode, message?: string, details?: unknown) {
  return { code, message: message ?? ERROR_MESSAGES[code], ...(details === undefined ? {} : { details }) };
}

/** Sends a failure as `{code, message, details?}` with the status of its code. */
export function sendFailure(reply: FastifyReply, f: Failure): FastifyReply {
  return reply.code(statusOf(f.code)).send(errorBody(f.code, f.message, f.details));
}

/** Route tail: a success goes out as JSON (or 204 when there is nothing to say), a failure by its code. */
export function sendResult<T>(reply: FastifyReply, r: Result<T>, status = 200): FastifyReply {
  if (!r.ok) return sendFailure(reply, r);
  if (r.value === undefined) return reply.code(204).send();
  return reply.code(status).send(r.value);
}

/** A file the client downloads: its name (any characters), type and bytes. */
export interface BerkasUnduhan {
  namaFile: string;
  contentType: string;
  data: Buffer;
}

/** Route tail for downloads: the file as an attachment (ASCII name, plus the RFC 5987 form), or the failure. */
export function sendBerkas(reply: FastifyReply, r: Result<BerkasUnduhan>): FastifyReply {
  if (!r.ok) return sendFailure(reply, r);
  const { namaFile, contentType, data } = r.value;
  return reply
    .header('content-type', contentType)
    .header('content-disposition', `attachment; filename="${namaFile.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(namaFile)}`)
    .header('content-length', data.length)
    .send(data);
}
