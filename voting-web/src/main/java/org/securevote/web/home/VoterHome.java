package org.securevote.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Backing bean of {@code /vote/index.xhtml}. */
@Named
@RequestScoped
public class VoterHome extends SignedInHome {}
