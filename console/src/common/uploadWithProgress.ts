// A file PUT to the hub with upload progress (fetch reports none for request
// bodies; XMLHttpRequest does), and the hub's problem as the error's message.
import { API_URL, problemMessage } from '../httpClient';
import { session } from '../session';

export function uploadWithProgress(path: string, file: File, contentType: string, onProgress: (share: number) => void): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', `${API_URL}${path}`);
    xhr.setRequestHeader('Content-Type', contentType);
    xhr.setRequestHeader('Authorization', `Bearer ${session.token() ?? ''}`);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    const body = () => {
      try {
        return JSON.parse(xhr.responseText) as unknown;
      } catch {
        return undefined;
      }
    };
    xhr.onload = () => (xhr.status < 300 ? resolve(body()) : reject(new Error(problemMessage(xhr.status, body()))));
    xhr.onerror = () => reject(new Error(problemMessage(0, undefined)));
    xhr.send(file);
  });
}
