/**
 * Staff accounts (administrators, auditors, trustees): invited by an administrator through the
 * one-time password link, deactivated and reactivated, never leaving the installation without an
 * administrator who can sign in.
 */
package org.securevote.staff;
