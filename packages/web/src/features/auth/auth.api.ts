import type { ChangePasswordBody, LoginBody, SessionBody } from '@liuhen/contracts';
import { api } from '../../api/client';

export const loadSession = () => api.get<SessionBody>('/auth/session');
export const login = (body: LoginBody) => api.post<SessionBody>('/auth/login', body);
export const logout = () => api.post<{ ok: true }>('/auth/logout');
export const changePassword = (body: ChangePasswordBody) => api.post<SessionBody>('/auth/password', body);
