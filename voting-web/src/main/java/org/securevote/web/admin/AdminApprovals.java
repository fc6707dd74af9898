package org.securevote.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.securevote.web.approval.ApprovalQueue;

/** Backing bean of {@code /admin/approvals.xhtml}: decide other admins' voter changes. */
@Named
@ViewScoped
public class AdminApprovals extends ApprovalQueue {}
