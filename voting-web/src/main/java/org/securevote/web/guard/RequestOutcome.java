package org.securevote.web.guard;

import java.time.Duration;

/** How one request ended: its path and group, status (500 if it threw) and how long it took. */
record RequestOutcome(String path, EndpointGroup group, int status, Duration took, boolean slow) {}
