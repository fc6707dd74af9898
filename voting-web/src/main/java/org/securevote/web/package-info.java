/**
 * The web tier: JSF pages and their backing beans, sign-in, health and metrics. It only calls
 * boundaries.
 */
package org.securevote.web;
