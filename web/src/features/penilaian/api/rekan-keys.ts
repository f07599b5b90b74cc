// Keys of the rekan kerja queries, under the feature's ['penilaian'] prefix: a save, a submission or a rating anywhere
// in the feature refreshes them too (the rekan rules follow the record's status).
import { penilaianQueryKey } from './query-keys.ts';

export const rekanKeys = {
  /** the penilai's side of one record */
  penilaian: (penilaianId: string) => [...penilaianQueryKey, 'rekan', penilaianId] as const,
  kandidat: (penilaianId: string, q: string) => [...penilaianQueryKey, 'rekan', penilaianId, 'kandidat', q] as const,
  /** my inbox as a colleague, and one request of it */
  masuk: () => [...penilaianQueryKey, 'rekan-masuk'] as const,
  masukSatu: (id: string) => [...penilaianQueryKey, 'rekan-masuk', id] as const,
};
