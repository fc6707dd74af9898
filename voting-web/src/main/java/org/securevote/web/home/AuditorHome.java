package org.securevote.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Backing bean of {@code /audit/index.xhtml}. */
@Named
@RequestScoped
public class AuditorHome extends SignedInHome {}
