import type { CertificateBody, CreateCertificateBody, UpdateCertificateBody } from '@liuhen/contracts';
import { api } from '../../../api/client';

export const listCertificates = (userId: string) =>
  api.get<{ items: CertificateBody[] }>(`/users/${encodeURIComponent(userId)}/certificates`);
export const createCertificate = (userId: string, body: CreateCertificateBody) =>
  api.post<CertificateBody>(`/users/${encodeURIComponent(userId)}/certificates`, body);
export const updateCertificate = (id: string, body: UpdateCertificateBody) =>
  api.patch<CertificateBody>(`/certificates/${encodeURIComponent(id)}`, body);
