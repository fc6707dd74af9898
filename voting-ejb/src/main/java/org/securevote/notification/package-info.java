/**
 * Messages to people: activation links now, one-time codes later. Mail today, other channels later.
 */
package org.securevote.notification;
