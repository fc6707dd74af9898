/** Sign-in identities: who may sign in, with which password hash, in which roles. */
package org.securevote.account;
