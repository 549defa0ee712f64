import type { CreateUserBody, UpdateUserBody, UserBody, UserListQuery } from '@liuhen/contracts';
import { api } from '../../../api/client';

export const listUsers = (query: UserListQuery) => api.get<{ items: UserBody[] }>('/users', query);
export const getUser = (id: string) => api.get<UserBody>(`/users/${encodeURIComponent(id)}`);
export const createUser = (body: CreateUserBody) =>
  api.post<{ user: UserBody; initialPassword: string | null }>('/users', body);
export const updateUser = (id: string, body: UpdateUserBody) =>
  api.patch<UserBody>(`/users/${encodeURIComponent(id)}`, body);
export const disableUser = (id: string) => api.post<UserBody>(`/users/${encodeURIComponent(id)}/disable`);
export const enableUser = (id: string) => api.post<UserBody>(`/users/${encodeURIComponent(id)}/enable`);
export const resetPassword = (id: string, password?: string) =>
  api.post<{ temporaryPassword: string }>(
    `/users/${encodeURIComponent(id)}/reset-password`,
    password ? { password } : {},
  );
