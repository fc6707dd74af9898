/** What every component may inject that the platform does not produce itself, such as the clock. */
package org.securevote.platform;
