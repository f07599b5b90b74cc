// The one HTTP client of the web app: JSON in and out, the session cookie, the CSRF header on every
// state-changing request, and one typed error for every failure (the server sends stable codes; the UI
// translates them — see i18n/error-message.ts).
import type { z } from 'zod';
import { ErrorBody } from '../../../contracts/common.ts';

export const API_BASE = '/api/v1';

/** Codes the client itself produces when there is no server answer to translate. */
export const CLIENT_ERROR = {
  network: 'KLIEN.JARINGAN',
  badResponse: 'KLIEN.RESPON_TIDAK_SESUAI',
} as const;

export type FieldIssue = { path: string; message: string };

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** Field errors of a VALIDASI.GAGAL answer: `[{ path, message }]`, or [] when there are none. */
  get fieldIssues(): FieldIssue[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter(
      (d): d is FieldIssue =>
        typeof d === 'object' && d !== null && typeof (d as FieldIssue).path === 'string' && typeof (d as FieldIssue).message === 'string',
    );
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

// The CSRF token comes with `GET /auth/me` and the login answer; the auth feature hands it over here.
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Query = Record<string, string | number | undefined | null>;

function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

async function request(method: string, path: string, options: { query?: Query; body?: unknown } = {}): Promise<unknown> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, CLIENT_ERROR.network, 'Tidak dapat terhubung ke server.');
  }

  if (response.status === 204) return undefined;
  const text = await response.text();
  let payload: unknown = undefined;
  if (text) {
    try {
      payload = JSON.parse(text);
    } catch {
      payload = undefined;
    }
  }

  if (!response.ok) throw errorFrom(response.status, payload, response.statusText);
  return payload;
}

function errorFrom(status: number, payload: unknown, statusText: string): ApiError {
  const parsed = ErrorBody.safeParse(payload);
  if (parsed.success) return new ApiError(status, parsed.data.code, parsed.data.message, parsed.data.details);
  return new ApiError(status, status >= 500 ? 'SISTEM.GALAT' : CLIENT_ERROR.badResponse, statusText);
}

/** A multipart upload through XMLHttpRequest: fetch cannot report upload progress, a large file on a phone needs it. */
function uploadRequest(path: string, form: FormData, onProgress?: (fraction: number) => void): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', buildUrl(path));
    xhr.setRequestHeader('accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    if (onProgress) xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onerror = () => reject(new ApiError(0, CLIENT_ERROR.network, 'Tidak dapat terhubung ke server.'));
    xhr.onload = () => {
      let payload: unknown = undefined;
      try {
        payload = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        payload = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(payload);
      else reject(errorFrom(xhr.status, payload, xhr.statusText));
    };
    xhr.send(form);
  });
}

function parseWith<S extends z.ZodType>(schema: S, payload: unknown, path: string): z.infer<S> {
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    throw new ApiError(0, CLIENT_ERROR.badResponse, `Jawaban server untuk ${path} tidak sesuai kontrak.`, parsed.error.issues);
  }
  return parsed.data;
}

export const api = {
  async get<S extends z.ZodType>(path: string, schema: S, query?: Query): Promise<z.infer<S>> {
    return parseWith(schema, await request('GET', path, { query }), path);
  },
  async post<S extends z.ZodType>(path: string, schema: S, body?: unknown): Promise<z.infer<S>> {
    return parseWith(schema, await request('POST', path, { body }), path);
  },
  async put<S extends z.ZodType>(path: string, schema: S, body?: unknown): Promise<z.infer<S>> {
    return parseWith(schema, await request('PUT', path, { body }), path);
  },
  /** Uploads a form with a file; `onProgress` gets the sent fraction (0–1). */
  async upload<S extends z.ZodType>(path: string, schema: S, form: FormData, onProgress?: (fraction: number) => void): Promise<z.infer<S>> {
    return parseWith(schema, await uploadRequest(path, form, onProgress), path);
  },
  /** A state change whose answer has no body (204). */
  async send(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<void> {
    await request(method, path, { body });
  },
};
