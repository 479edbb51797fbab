// Error code passed by next-auth from authorize() to the login form (client and server share it).
export const LOGIN_LOCKED_ERROR = "LoginLocked";
