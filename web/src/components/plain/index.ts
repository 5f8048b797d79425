/**
 * Controls that look like antd's but are plain HTML: the login page, the loading and the error screens use them,
 * so the first page anyone opens runs on React alone. antd (its components, its CSS-in-JS and the theme it derives
 * at start) made the login form show about 0.5 s later in a cold browser on a 2-core machine; it loads with the
 * first page behind the login (app/router.tsx). docs/start-up.md has the measurements.
 */
import './plain.css';

export { PlainAlert } from './plain-alert.js';
export { PlainButton, plainButtonClasses } from './plain-button.js';
export { PlainInput, PlainPasswordInput } from './plain-input.js';
export { PlainSpinner } from './plain-spinner.js';
