// The root admin every test hub is started with.
export const ADMIN_EMAIL = 'root@screenhub.test';
export const ADMIN_PASSWORD = 'correct horse battery staple';
