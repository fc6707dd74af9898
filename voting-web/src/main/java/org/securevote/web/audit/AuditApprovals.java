package org.securevote.web.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.securevote.web.approval.ApprovalQueue;

/** Backing bean of {@code /audit/approvals.xhtml}: an auditor decides admins' voter changes. */
@Named
@ViewScoped
public class AuditApprovals extends ApprovalQueue {}
