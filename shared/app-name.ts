/** The product's name, as users see it: window titles, the tray, the data folder's name. */
export const APP_NAME = 'Posture Breaks';
