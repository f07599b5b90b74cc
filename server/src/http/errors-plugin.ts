// Turns every error into `{code, message, details?}`. Bad input is a 4xx with the Indonesian message; only real
// bugs become 500 (logged with the stack, never shown to the user).
import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { errorBody } from './result.ts';

function pathOf(instancePath: string): string {
  return instancePath.replace(/^\//, '').replace(/\//g, '.');
}

async function errorsPlugin(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = error.validation.map((v) => ({
        path: pathOf(v.instancePath) || ((v.params as { issue?: { path?: PropertyKey[] } } | undefined)?.issue?.path?.map(String).join('.') ?? ''),
        message: v.message ?? 'tidak valid',
      }));
      const where = error.validationContext === 'querystring' ? 'parameter' : 'data';
      return reply.code(400).send(errorBody('VALIDASI.GAGAL', `Ada ${where} yang tidak valid: ${details.map((d) => `${d.path || '(isi)'}: ${d.message}`).join('; ')}`, details));
    }
    if (isResponseSerializationError(error)) {
      req.log.error({ err: error }, 'response does not match its schema');
      return reply.code(500).send(errorBody('SISTEM.GALAT'));
    }
    if (error.statusCode === 429) return reply.code(429).send(errorBody('AUTH.TERLALU_SERING'));
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // malformed JSON, wrong content type, body too large, bad multipart …
      const message =
        error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? 'Jenis isi (Content-Type) tidak didukung; kirim JSON.'
        : error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? 'Data yang dikirim terlalu besar.'
        : error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ? 'Isi permintaan JSON kosong.'
        : error.code?.startsWith('FST_ERR_CTP') || error instanceof SyntaxError ? 'Isi permintaan bukan JSON yang valid.'
        : 'Permintaan tidak valid.';
      return reply.code(status).send(errorBody('VALIDASI.GAGAL', message));
    }
    req.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send(errorBody('SISTEM.GALAT'));
  });
}

export default fp(errorsPlugin, { name: 'kinerja-errors' });
