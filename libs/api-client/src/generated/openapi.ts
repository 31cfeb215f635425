// GENERATED FILE: do not edit. Regenerate with `npm run client:generate`.
// Source: openapi.json (PIES Audit API 1), openapi-typescript 7.13.0.
export interface paths {
    "/api/auth/csrf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a CSRF token (also set as the pies_csrf cookie) before signing in. */
        get: operations["auth_csrf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in; sets the httpOnly session cookie, a fresh CSRF cookie and the device cookie (pies_device), which spares this browser the account-wide and address-wide sign-in limits. */
        post: operations["auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: ends the session and clears the cookies. */
        post: operations["auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your password, giving the current one: every other session of your account ends. Counted like a sign-in. */
        post: operations["auth_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user and their memberships. */
        get: operations["auth_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/invitation/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What an invitation link is for: the account it sets the password of, the roles offered, when it expires. */
        get: operations["accountLinks_describeInvitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set your password from your invitation link, once: you are signed in (the session, CSRF and device cookies, as at sign-in), and accept the roles offered at /api/invitations. */
        post: operations["accountLinks_acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Forgotten password: if the address has an active account, a link valid for an hour is sent to it. The same answer either way. */
        post: operations["accountLinks_requestReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password from a reset link, once: every session of the account ends; sign in with the new password. */
        post: operations["accountLinks_completeReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where you are signed in: this session first, then the most recently used. */
        get: operations["accountSessions_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/sessions/end-others": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out everywhere but here: every other session ends at once. */
        post: operations["accountSessions_endOthers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End one of your sessions: that browser is signed out at its next request. */
        delete: operations["accountSessions_end"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/mfa/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Second step of a sign-in: a code from the authenticator app (each works once) or a recovery code (each works once). Opens the session as a sign-in does. Counted like a sign-in. */
        post: operations["mfaSignIn_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/mfa/enrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A sign-in that must set up a second factor (a partnership requires it): a new TOTP secret, as text and as a QR code. Shown only now; a new call replaces it until it is confirmed. */
        post: operations["mfaSignIn_startEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/mfa/enrolment/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirms the set-up with a code from the app: the second factor is in force and the session opens, with ten recovery codes shown only now. Counted like a sign-in. */
        post: operations["mfaSignIn_confirmEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether your account asks for a code at sign-in, and whether it must. */
        get: operations["accountMfa_status"];
        put?: never;
        /** Start setting up an authenticator app: a new TOTP secret as text and as a QR code, shown only now. In force once confirmed. */
        post: operations["accountMfa_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/mfa/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the set-up with a code from the app: codes are asked at each sign-in from now. Returns ten recovery codes, shown only now. */
        post: operations["accountMfa_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/mfa/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn the second factor off, with your password and a code. Not while a partnership you hold a board or admin role in requires it. */
        post: operations["accountMfa_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/mfa/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ten new recovery codes, given a code from the app; the old ones stop working. Shown only now. */
        post: operations["accountMfa_regenerate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partnerships/{partnershipId}/mfa-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the partnership's board and admins must use a second factor. */
        get: operations["mfaAdmin_getPolicy"];
        /** Require (or not) a second factor of the partnership's board members and partnership admins. Those without one set it up at their next sign-in; they cannot turn it off while it is required. */
        put: operations["mfaAdmin_setPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Reset a person's second factor (a lost phone): their authenticator and recovery codes go; they set one up again when they next need it. Platform admins. */
        delete: operations["mfaAdmin_reset"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sso-configurations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every SSO configuration, proposed or approved (never a secret). */
        get: operations["ssoConfigurations_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partnerships/{partnershipId}/sso-configurations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A partnership's SSO configurations, proposed or approved. */
        get: operations["ssoConfigurations_listForPartnership"];
        put?: never;
        /** Propose an SSO configuration for the partnership (a partnership admin's takes effect once a platform admin approves it; a platform admin's is approved at once). */
        post: operations["ssoConfigurations_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sso-configurations/{ssoConfigurationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw an SSO configuration (proposed or approved): its domains are released and its people sign in with a password again (one they set through "Forgotten your password?" if they have none). Their sessions carry on. */
        delete: operations["ssoConfigurations_withdraw"];
        options?: never;
        head?: never;
        /** Edit an SSO configuration; clientSecret, when sent, replaces the stored one. */
        patch: operations["ssoConfigurations_update"];
        trace?: never;
    };
    "/api/sso-configurations/{ssoConfigurationId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a proposed SSO configuration: its domains are claimed. */
        post: operations["ssoConfigurations_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sso/discover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Whether this email's domain signs in with its organisation's account (SSO). Says nothing of whether an account exists. */
        post: operations["ssoSignIn_discover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sso/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Start an SSO sign-in: redirects to the organisation's provider (or to the web app's problem page). */
        get: operations["ssoSignIn_start"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sso/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The provider's redirect back: checks the answer, opens a session and redirects to the web app (or to /sign-in/problem?reason=…). */
        get: operations["ssoSignIn_callback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database status. */
        get: operations["health_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partnerships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partnerships you belong to (all of them for a platform admin). */
        get: operations["partnerships_list"];
        put?: never;
        /** Create a partnership. */
        post: operations["partnerships_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partnerships/{partnershipId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One partnership. */
        get: operations["partnerships_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partnerships/{partnershipId}/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The partnership's organisations, filtered and paged. */
        get: operations["organisations_list"];
        put?: never;
        /** Add a new organisation to the partnership. */
        post: operations["organisations_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partnerships/{partnershipId}/organisations/{organisationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Add an existing organisation to another partnership as well. */
        put: operations["organisations_link"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organisation. */
        get: operations["organisations_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an organisation. */
        patch: operations["organisations_update"];
        trace?: never;
    };
    "/api/partnerships/{partnershipId}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People with a role in the partnership or any of its organisations. */
        get: operations["users_listInPartnership"];
        put?: never;
        /**
         * Give a person roles in the partnership and its organisations.
         * @description Someone already with a role in the partnership has them at once; anyone else (a new email, or an account elsewhere) is invited and has them once they accept. The answer is the same either way.
         */
        post: operations["users_createInPartnership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's leads and contributors. */
        get: operations["users_listMembers"];
        put?: never;
        /**
         * Add a contributor (agency lead) or a lead or contributor (admins).
         * @description A member of the organisation has the role at once; anyone else is invited and has it once they accept. The answer is the same either way.
         */
        post: operations["users_addMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Roles you have been offered and not yet accepted or declined. */
        get: operations["invitations_listMine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{invitationId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept one of your invitations: you hold the role from now on. */
        post: operations["invitations_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{invitationId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline one of your invitations: it is kept, as declined. */
        post: operations["invitations_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partnerships/{partnershipId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Roles offered in the partnership or its organisations and not yet answered. */
        get: operations["memberships_listPending"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/memberships/{membershipId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a role, or revoke one offered and not yet answered: it grants nothing from the next request on. Revoking the last role offered to someone who never set a password ends their invitation link. */
        delete: operations["memberships_remove"];
        options?: never;
        head?: never;
        /** Change a role (or a role offered) within its kind: partnership admin and board member, agency lead and contributor. */
        patch: operations["memberships_changeRole"];
        trace?: never;
    };
    "/api/memberships/{membershipId}/resend-invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a pending invitation again: someone new to PIES Audit gets a new link to set their password (the older one stops working); an account gets the mail sending it to its invitations. */
        post: operations["memberships_resendInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate an account: every session of it ends at once and it cannot sign in; its roles are kept.
         * @description Platform admins; a partnership admin when every role the account holds or is offered is in their partnership.
         */
        post: operations["accounts_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/{accountId}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reactivate a deactivated account: it can sign in again, with the roles it had.
         * @description The same people as deactivate.
         */
        post: operations["accounts_reactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/frameworks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit frameworks and their versions, newest first. */
        get: operations["frameworks_list"];
        put?: never;
        /** Import a framework version from YAML: a partnership admin's belongs to their partnership, a platform admin's to every partnership. 201 when new, 200 when identical content was already imported. */
        post: operations["frameworks_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/frameworks/{frameworkId}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One framework version with its full definition. */
        get: operations["frameworks_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/frameworks/{frameworkId}/versions/{version}/yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One framework version as a YAML file in the import format, to edit and import again: importing it unchanged gives the same version. */
        get: operations["frameworks_yaml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/frameworks/{frameworkId}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Indicators added, removed and changed between two versions. */
        get: operations["frameworks_diff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partnerships/{partnershipId}/cycles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The partnership's audit cycles, newest first, with audit counts by state. */
        get: operations["cycles_list"];
        put?: never;
        /** Create a cycle (due two years on by default); open it to create every member's audit. */
        post: operations["cycles_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cycles/{cycleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One cycle. */
        get: operations["cycles_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, change dates, schedule, open or close a cycle. */
        patch: operations["cycles_update"];
        trace?: never;
    };
    "/api/cycles/{cycleId}/audits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every member organisation's audit in the cycle, with state and progress. */
        get: operations["audits_listForCycle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/audits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's audits, newest cycle first. */
        get: operations["audits_listForOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{auditId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An audit with its responses, evidence, progress and score. Board roles: once submitted. */
        get: operations["audits_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{auditId}/score": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Indicator, standard, area and overall scores with RAG and benchmark counts. */
        get: operations["audits_score"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{auditId}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start the audit, pre-filled from the organisation's last submitted one. */
        post: operations["audits_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{auditId}/responses/{indicatorCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save one answer (idempotent). A stale `version` gets 409 with the current answer. */
        put: operations["audits_saveResponse"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{auditId}/responses/{indicatorCode}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm an answer carried forward from the last audit as it is (the lead, or the contributor assigned it). Idempotent. */
        post: operations["audits_confirmResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{auditId}/standards/{standardCode}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm every carried-forward answer of a standard, seen together: `indicatorCodes` names them. Returns the standard's answers. */
        post: operations["audits_confirmStandard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{auditId}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is assigned which areas and indicators. */
        get: operations["audits_assignments"];
        /** Replace the assignments of areas and indicators to contributors. */
        put: operations["audits_saveAssignments"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{auditId}/my-part-done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A contributor says the part assigned to them is done; their leads are told once. Idempotent. */
        post: operations["audits_markMyPartDone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{auditId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit to the board: stores an immutable snapshot with its SHA-256. */
        post: operations["audits_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{auditId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return a submitted audit to the agency, with the reason. */
        post: operations["audits_returnAudit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{auditId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a submitted audit: the organisation is compliant for two years. */
        post: operations["audits_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{auditId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail: every change, who, when, before and after. Oldest first. */
        get: operations["audits_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{auditId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload an evidence file for an indicator. Its type is decided by its content. */
        post: operations["evidence_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{auditId}/evidence/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a link (a web address) to the organisation's evidence library and attach it to an indicator; a link already in the library is attached, not copied. */
        post: operations["evidence_addLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{auditId}/evidence/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach an item of the organisation's evidence library to an indicator of the audit. */
        post: operations["evidence_attach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{auditId}/evidence/detach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Detach a file or link from an indicator of the audit; it stays in the library. */
        post: operations["evidence_detach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{auditId}/evidence/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm that a file or link carried from the last audit is still current for the indicator (else detach it). */
        post: operations["evidence_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's evidence library, with where each file is used. */
        get: operations["evidence_library"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/evidence/{evidenceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an evidence file (same access as its audit). */
        get: operations["evidence_download"];
        put?: never;
        post?: never;
        /** Delete a file from the library and every indicator it is attached to (409 if it is part of a submission). */
        delete: operations["evidence_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{auditId}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit's action plan: the actions raised in it and the organisation's actions from earlier audits still open (or closed since it started); overdue actions are flagged. */
        get: operations["actions_list"];
        put?: never;
        /** Add an improvement action to the organisation's plan. Its owner is a person in the organisation (`ownerId`) or a name (`owner`): exactly one (400 naming the field otherwise). */
        post: operations["actions_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/actions/{actionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an action from the plan being written that raised it (recorded in the audit trail). One raised in an earlier audit is dropped instead (409 ACTION_CARRIED_OVER). */
        delete: operations["actions_remove"];
        options?: never;
        head?: never;
        /** Change an action: description, owner, due date, status, with a progress note. Once the audit is submitted or accepted only the status, notes and due date change (409 ACTION_PLAN_SETTLED for the rest); moving a due date or dropping the action needs a note (400 naming `note`). */
        patch: operations["actions_update"];
        trace?: never;
    };
    "/api/actions/{actionId}/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The action's history: each status change, moved due date and note, oldest first. */
        get: operations["actions_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cycles/{cycleId}/action-progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cycle's action plans after review, over the audits the board sees (as the board report counts them): open and overdue actions by agency (with the oldest overdue due date), and the actions done since the agency's audit was accepted. */
        get: operations["actions_progress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{auditId}/challenges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The board's challenges on this audit, with replies. */
        get: operations["challenges_list"];
        put?: never;
        /** Raise a challenge on the audit or one indicator. */
        post: operations["challenges_raise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reply to a challenge (the agency answers; the board can reply back). */
        post: operations["challenges_reply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/challenges/{challengeId}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a challenge resolved. */
        post: operations["challenges_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partnerships/{partnershipId}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cycle at a glance: completion, partnership averages by PIES area, the heat map (sortable, paged), sectors, weakest and strongest indicators, trend against the previous cycle, overdue agencies, open challenges, overdue actions. Only submitted, returned and accepted audits count. */
        get: operations["dashboards_partnershipDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partnerships/{partnershipId}/dashboard/overdue-agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every agency overdue for its two-yearly audit (no audit accepted in two years, or the open cycle past due), by name, paged; the dashboard lists the first 20. */
        get: operations["dashboards_overdueAgencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{organisationId}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One agency: area scores against the partnership average and benchmark, history, compliance, open actions and challenges. */
        get: operations["dashboards_organisationDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{auditId}/report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agency's audit report as a tagged PDF (board roles: once submitted). */
        get: operations["reports_agencyReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cycles/{cycleId}/report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The partnership board report for a cycle as a tagged PDF. */
        get: operations["reports_boardReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cycles/{cycleId}/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every response of the cycle as CSV, one row per agency and indicator (submitted, returned and accepted audits). */
        get: operations["reports_responsesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cycles/{cycleId}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cycle as a workbook: summary per agency, every response, actions, challenges. */
        get: operations["reports_workbook"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{auditId}/changes-since-return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed, indicator by indicator, between the latest submission and the one the board returned (from the two snapshots). Empty for a first submission. */
        get: operations["review_changesSinceReturn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audits/{auditId}/reviewer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Give the audit's review to a board member of its partnership. Idempotent. */
        put: operations["review_assign"];
        post?: never;
        /** Leave the audit with no reviewer. Idempotent. */
        delete: operations["review_unassign"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partnerships/{partnershipId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start exporting the partnership's data (JSON lines and evidence files in one ZIP, docs/export-format.md), or follow the export already under way. */
        post: operations["partnershipExport_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partnership-exports/{exportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An export: status, progress (rows and files done / total). */
        get: operations["partnershipExport_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partnership-exports/{exportId}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A finished export's ZIP (409 until it is done). */
        get: operations["partnershipExport_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your notices of the last 90 days, newest first, read and unread. */
        get: operations["notifications_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all your notices read. */
        post: operations["notifications_markAllRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How you get each kind of notice, and your digest hour. */
        get: operations["notifications_preferences"];
        /** Choose, per kind, a mail at once, the daily digest or none (the notice stays in the app), and the digest hour. */
        put: operations["notifications_updatePreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/unsubscribe/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a mail's unsubscribe link turns off, and whether it already is (the page). */
        get: operations["notifications_unsubscribeLink"];
        put?: never;
        /** One-click unsubscribe (RFC 8058, the mail's List-Unsubscribe address; also the page's button): turns the link's kinds off. Takes no body, or List-Unsubscribe=One-Click as a form; needs no CSRF header. A second use answers the same. */
        post: operations["notifications_unsubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partnerships/{partnershipId}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The days before a cycle's due date its agencies are reminded. */
        get: operations["reminders_settings"];
        /** Set the days before a cycle's due date its agencies are reminded. */
        put: operations["reminders_updateSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cycles/{cycleId}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The reminders the cycle's agencies will get, from today. */
        get: operations["reminders_coming"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/attention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What needs you now, per partnership or organisation, for the roles you hold.
         * @description Board: audits awaiting a decision and new replies to your challenges. Agency lead: current audits (due soon, overdue, returned, challenged) and actions due. Contributor: your assigned indicators not answered. Partnership admin: agencies not started near or past the due date, and failed mail. Each list: the count and the first 10, oldest first.
         */
        get: operations["attention_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every mail written. Newest first, at most 100. Only where mail is kept in the app (no SMTP_URL, outside production): elsewhere the route does not exist. */
        get: operations["sentMail_all"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partnerships/{partnershipId}/mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The mail of a partnership. Newest first, at most 100. Only where mail is kept in the app (no SMTP_URL, outside production): elsewhere the route does not exist. */
        get: operations["sentMail_ofPartnership"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cycles/{cycleId}/report-pack": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start building a ZIP of every submitted agency's report for the cycle, or follow the one already waiting or being built. */
        post: operations["jobs_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A job: status, progress (done / total) and the download once done. */
        get: operations["jobs_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{jobId}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A finished job's result (409 until it is done). */
        get: operations["jobs_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CsrfDto: {
            /** @description Send as X-CSRF-Token on every POST, PUT, PATCH and DELETE. */
            csrfToken: string;
        };
        LoginDto: {
            /** @example lead@demo.test */
            email: string;
            /**
             * Format: password
             * @example safeguarding-demo
             */
            password: string;
        };
        MembershipView: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            role: "platform_admin" | "partnership_admin" | "board_member" | "agency_lead" | "agency_contributor";
            /** Format: uuid */
            partnershipId?: string | null;
            partnershipName?: string | null;
            /** Format: uuid */
            organisationId?: string | null;
            organisationName?: string | null;
        };
        MeDto: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            memberships: components["schemas"]["MembershipView"][];
            /** @description Signed in with a password shorter than the policy asks: until it is changed (POST /api/auth/password), other routes answer 403 PASSWORD_CHANGE_REQUIRED. */
            mustChangePassword: boolean;
            /** @description Send as X-CSRF-Token on every POST, PUT, PATCH and DELETE. */
            csrfToken: string;
        };
        MfaStepDto: {
            /**
             * @description The password was right; 'mfa': send a code (POST /api/auth/mfa/verify); 'mfa-enrol': a partnership requires a second factor, so set one up first (POST /api/auth/mfa/enrolment).
             * @enum {string}
             */
            step: "mfa" | "mfa-enrol";
        };
        ChangePasswordDto: {
            /** Format: password */
            currentPassword: string;
            /**
             * Format: password
             * @description At least 12 characters, not a commonly used password, not containing the product's or a partnership's name.
             */
            newPassword: string;
        };
        InvitationDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            role: "platform_admin" | "partnership_admin" | "board_member" | "agency_lead" | "agency_contributor";
            /** Format: uuid */
            organisationId?: string | null;
            organisationName?: string | null;
            /** @description The partnership of a partnership role; for an organisation role, its partnerships. */
            partnershipNames: string[];
            /** @description Who sent it. */
            invitedByName?: string | null;
            /** Format: date-time */
            invitedAt: string;
        };
        InvitationLinkDto: {
            /** @description The account the link sets the password of. */
            email: string;
            name: string;
            /**
             * Format: date-time
             * @description The link works until then.
             */
            expiresAt: string;
            /** @description The roles offered: accepted or declined once signed in. */
            invitations: components["schemas"]["InvitationDto"][];
        };
        SetPasswordFromLinkDto: {
            /**
             * @description The link from the mail: the part after /invitation/ or /reset-password/.
             * @example 6f1c…-…-….k3J…
             */
            token: string;
            /**
             * Format: password
             * @description At least 12 characters, not a commonly used password, not containing the product's or a partnership's name.
             */
            password: string;
        };
        PasswordResetRequestDto: {
            /** @example lead@demo.test */
            email: string;
        };
        PasswordResetRequestedDto: {
            email: string;
        };
        SessionDto: {
            /** Format: uuid */
            id: string;
            /** @description The session this request was made in. */
            current: boolean;
            /**
             * Format: date-time
             * @description When they signed in.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When it was last used (marked at most once a minute).
             */
            lastSeenAt: string;
            /**
             * Format: date-time
             * @description When it ends, if not used or ended before.
             */
            expiresAt: string;
            /** @description The address it signed in from. */
            ip?: string | null;
            /** @description The browser it signed in with, as it said. */
            userAgent?: string | null;
        };
        MfaVerifyDto: {
            /**
             * @description The 6-digit code the authenticator app shows. Give this or `recoveryCode`.
             * @example 123456
             */
            code?: string;
            /**
             * @description One of the recovery codes shown at set-up; each works once.
             * @example abcd-efgh-jkmn-pqrs
             */
            recoveryCode?: string;
        };
        MfaEnrolmentDto: {
            /** @description The TOTP secret (base32), to type into the app: shown only now. */
            secret: string;
            /** @description The otpauth:// URI the QR code holds. */
            otpauthUri: string;
            /** @description The QR code, an SVG as a data: URL, for an <img>. */
            qrCode: string;
        };
        MfaCodeDto: {
            /**
             * @description The 6-digit code the authenticator app shows.
             * @example 123456
             */
            code: string;
        };
        MfaEnrolledSignInDto: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            memberships: components["schemas"]["MembershipView"][];
            /** @description Signed in with a password shorter than the policy asks: until it is changed (POST /api/auth/password), other routes answer 403 PASSWORD_CHANGE_REQUIRED. */
            mustChangePassword: boolean;
            /** @description Send as X-CSRF-Token on every POST, PUT, PATCH and DELETE. */
            csrfToken: string;
            /** @description Ten single-use recovery codes, shown only now. */
            recoveryCodes: string[];
        };
        MfaStatusDto: {
            /** @description Codes are asked at each sign-in. */
            enabled: boolean;
            /** @description A partnership you hold a board or admin role in requires it: it cannot be turned off. */
            required: boolean;
            /** @description Recovery codes not yet used. */
            recoveryCodesLeft: number;
        };
        MfaRecoveryCodesDto: {
            /** @description Ten single-use recovery codes, shown only now: only their hashes are kept. */
            recoveryCodes: string[];
        };
        MfaDisableDto: {
            /** Format: password */
            password: string;
            /**
             * @description The 6-digit code the authenticator app shows.
             * @example 123456
             */
            code: string;
        };
        MfaPolicyDto: {
            /** @description The partnership's board members and partnership admins must sign in with a second factor; those without one set it up at their next sign-in. */
            required: boolean;
        };
        SsoConfigurationDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnershipId: string;
            partnershipName: string;
            name: string;
            issuer: string;
            clientId: string;
            /** @description A client secret is stored (it is never returned). */
            hasSecret: boolean;
            domains: string[];
            ssoOnly: boolean;
            /** @enum {string} */
            status: "proposed" | "approved";
            /** Format: date-time */
            approvedAt?: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateSsoConfigurationDto: {
            /** @example Riverside Council */
            name: string;
            /**
             * @description The provider's issuer URL (https://). For Microsoft Entra ID, the tenant-specific one: https://login.microsoftonline.com/<tenant id>/v2.0.
             * @example https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0
             */
            issuer: string;
            /** @example pies-audit */
            clientId: string;
            /**
             * Format: password
             * @description Kept encrypted; never returned (see hasSecret).
             */
            clientSecret: string;
            /**
             * @description The email domains it serves (lower-cased).
             * @example [
             *       "riverside.example.org"
             *     ]
             */
            domains: string[];
            /** @description Password sign-in, password resets and setting a password from an invitation are refused for these domains (platform admins excepted). */
            ssoOnly?: boolean;
        };
        UpdateSsoConfigurationDto: {
            /** @example Riverside Council */
            name?: string;
            /**
             * @description The provider's issuer URL (https://). For Microsoft Entra ID, the tenant-specific one: https://login.microsoftonline.com/<tenant id>/v2.0.
             * @example https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0
             */
            issuer?: string;
            /** @example pies-audit */
            clientId?: string;
            /**
             * Format: password
             * @description Kept encrypted; never returned (see hasSecret).
             */
            clientSecret?: string;
            /**
             * @description The email domains it serves (lower-cased).
             * @example [
             *       "riverside.example.org"
             *     ]
             */
            domains?: string[];
            /** @description Password sign-in, password resets and setting a password from an invitation are refused for these domains (platform admins excepted). */
            ssoOnly?: boolean;
        };
        SsoDiscoverDto: {
            /** @example lead@riverside.example.org */
            email: string;
        };
        SsoDiscoveryDto: {
            /** @description The email's domain is served by an approved SSO configuration. Says nothing of whether an account exists. */
            sso: boolean;
        };
        HealthDto: {
            /** @enum {string} */
            status: "ok";
            /** @enum {string} */
            database: "up";
            /** @description Database round trip in milliseconds. */
            databaseMs: number;
            /** @description Seconds since the process started. */
            uptimeSeconds: number;
            version: string;
            /** @description Mail is kept in the app rather than sent (no SMTP_URL, outside production): the Sent mail pages exist. */
            mailKeptLocally: boolean;
        };
        PartnershipDto: {
            /** Format: uuid */
            id: string;
            name: string;
            area?: string | null;
            /** @description Member organisations. */
            organisationCount: number;
            /** Format: date-time */
            createdAt: string;
        };
        CreatePartnershipDto: {
            /** @example Riverside Safeguarding Children Partnership */
            name: string;
            /** @example Riverside and Eastfield */
            area?: string;
        };
        ComplianceDto: {
            /** Format: uuid */
            partnershipId: string;
            /** @enum {string} */
            status: "compliant" | "due_soon" | "overdue" | "never_audited";
            /**
             * Format: date-time
             * @description When the last audit was accepted.
             */
            lastAcceptedAt: string | null;
            /**
             * Format: date
             * @description Two years after acceptance.
             */
            expiresOn: string | null;
            /**
             * Format: date
             * @description Due date of the open cycle.
             */
            nextDueOn: string | null;
        };
        OrganisationDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            sector: "education" | "early_years" | "health" | "police" | "childrens_social_care" | "local_authority" | "voluntary_community_faith" | "sport_leisure" | "private_provider" | "other";
            contactEmail?: string | null;
            /** @description Partnerships the organisation belongs to. */
            partnershipIds: string[];
            /** @description Two-yearly audit compliance in each partnership. */
            compliance: components["schemas"]["ComplianceDto"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        OrganisationPageDto: {
            items: components["schemas"]["OrganisationDto"][];
            total: number;
            page: number;
            pageSize: number;
        };
        CreateOrganisationDto: {
            /** @example Riverside Academy */
            name: string;
            /** @enum {string} */
            sector: "education" | "early_years" | "health" | "police" | "childrens_social_care" | "local_authority" | "voluntary_community_faith" | "sport_leisure" | "private_provider" | "other";
            /** @example dsl@riverside.example */
            contactEmail?: string | null;
        };
        UpdateOrganisationDto: {
            name?: string;
            /** @enum {string} */
            sector?: "education" | "early_years" | "health" | "police" | "childrens_social_care" | "local_authority" | "voluntary_community_faith" | "sport_leisure" | "private_provider" | "other";
            /** @description null clears it. */
            contactEmail?: string | null;
        };
        UserMembershipDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            role: "platform_admin" | "partnership_admin" | "board_member" | "agency_lead" | "agency_contributor";
            /** Format: uuid */
            partnershipId?: string | null;
            /** Format: uuid */
            organisationId?: string | null;
            organisationName?: string | null;
        };
        PartnershipPersonDto: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            /** @description Memberships within the partnership or organisation asked about. */
            memberships: components["schemas"]["UserMembershipDto"][];
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description Never signed in: null.
             */
            lastSignInAt?: string | null;
            /**
             * Format: date-time
             * @description Set while the account is deactivated (it cannot sign in).
             */
            deactivatedAt?: string | null;
            /** @description Every role this person holds or is offered is in this partnership: its admins may deactivate the account. */
            accountInPartnership: boolean;
        };
        MembershipInput: {
            /** @enum {string} */
            role: "partnership_admin" | "board_member" | "agency_lead" | "agency_contributor";
            /**
             * Format: uuid
             * @description Required for agency roles: an organisation of this partnership.
             */
            organisationId?: string;
        };
        CreatePartnershipUserDto: {
            /** @example jo.bloggs@riverside.example */
            email: string;
            /** @example Jo Bloggs */
            name: string;
            memberships: components["schemas"]["MembershipInput"][];
        };
        AddedRoleDto: {
            /** @enum {string} */
            role: "platform_admin" | "partnership_admin" | "board_member" | "agency_lead" | "agency_contributor";
            /** Format: uuid */
            partnershipId?: string | null;
            /** Format: uuid */
            organisationId?: string | null;
        };
        AddedPersonDto: {
            email: string;
            memberships: components["schemas"]["AddedRoleDto"][];
        };
        UserDto: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            /** @description Memberships within the partnership or organisation asked about. */
            memberships: components["schemas"]["UserMembershipDto"][];
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description Never signed in: null.
             */
            lastSignInAt?: string | null;
            /**
             * Format: date-time
             * @description Set while the account is deactivated (it cannot sign in).
             */
            deactivatedAt?: string | null;
        };
        AddMemberDto: {
            /** @example jo.bloggs@riverside.example */
            email: string;
            /** @example Jo Bloggs */
            name: string;
            /** @enum {string} */
            role: "agency_lead" | "agency_contributor";
        };
        PendingInvitationDto: {
            /**
             * Format: uuid
             * @description The membership offered.
             */
            id: string;
            email: string;
            /** @enum {string} */
            role: "platform_admin" | "partnership_admin" | "board_member" | "agency_lead" | "agency_contributor";
            /** Format: uuid */
            organisationId?: string | null;
            organisationName?: string | null;
            /** @description Who sent it. */
            invitedByName?: string | null;
            /** Format: date-time */
            invitedAt: string;
        };
        ChangeRoleDto: {
            /**
             * @description Within the role’s kind: partnership admin or board member over a partnership; agency lead or contributor in an organisation.
             * @enum {string}
             */
            role: "partnership_admin" | "board_member" | "agency_lead" | "agency_contributor";
        };
        FrameworkVersionSummaryDto: {
            /** Format: uuid */
            id: string;
            frameworkId: string;
            /**
             * Format: uuid
             * @description The partnership whose own framework it is; null for the platform's.
             */
            ownerPartnershipId: string | null;
            version: string;
            title: string;
            publisher: string;
            contentHash: string;
            indicatorCount: number;
            /** Format: date-time */
            importedAt: string;
        };
        FrameworkSummaryDto: {
            frameworkId: string;
            /** Format: uuid */
            ownerPartnershipId: string | null;
            /** @description Title of the newest version. */
            title: string;
            /** @description Newest first. */
            versions: components["schemas"]["FrameworkVersionSummaryDto"][];
        };
        ImportFrameworkDto: {
            /** @description The framework file (YAML or JSON text), as in templates/frameworks/. */
            yaml: string;
        };
        ImportResultDto: {
            /** Format: uuid */
            id: string;
            frameworkId: string;
            /**
             * Format: uuid
             * @description The partnership whose own framework it is; null for the platform's.
             */
            ownerPartnershipId: string | null;
            version: string;
            title: string;
            publisher: string;
            contentHash: string;
            indicatorCount: number;
            /** Format: date-time */
            importedAt: string;
            /** @description False when this exact content was already imported (nothing changed). */
            created: boolean;
        };
        FrameworkVersionDto: {
            /** Format: uuid */
            id: string;
            frameworkId: string;
            /**
             * Format: uuid
             * @description The partnership whose own framework it is; null for the platform's.
             */
            ownerPartnershipId: string | null;
            version: string;
            title: string;
            publisher: string;
            contentHash: string;
            indicatorCount: number;
            /** Format: date-time */
            importedAt: string;
            /** @description The framework: scale, scoring rule and the area > standard > indicator tree. */
            definition: Record<string, unknown>;
        };
        IndicatorSummaryDto: {
            code: string;
            areaCode: string;
            standardCode: string;
            statement: string;
        };
        ChangedIndicatorDto: {
            code: string;
            fields: string[];
        };
        FrameworkDiffDto: {
            from: string;
            to: string;
            added: components["schemas"]["IndicatorSummaryDto"][];
            removed: components["schemas"]["IndicatorSummaryDto"][];
            changed: components["schemas"]["ChangedIndicatorDto"][];
        };
        CycleAuditCountsDto: {
            not_started: number;
            in_progress: number;
            submitted: number;
            returned: number;
            accepted: number;
        };
        OverlappingCycleDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        CycleDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnershipId: string;
            name: string;
            /** Format: uuid */
            frameworkVersionId: string;
            frameworkId: string;
            frameworkVersion: string;
            frameworkTitle: string;
            /** Format: date */
            opensOn: string;
            /** Format: date */
            dueOn: string;
            /** @enum {string} */
            status: "draft" | "scheduled" | "open" | "closed";
            /** @description Audits in each state. */
            audits: components["schemas"]["CycleAuditCountsDto"];
            /** Format: date-time */
            createdAt: string;
            /** @description Other scheduled or open cycles of the partnership this live cycle overlaps (from before the overlap rule; none can be made now). */
            overlapsWith: components["schemas"]["OverlappingCycleDto"][];
            /** @description The opening date is today or past (London): scheduling opens it at once; opening it is not early. */
            openingDayCame: boolean;
            /** @description The due date is before today (London): the cycle "was due", not "is due". */
            dueDatePassed: boolean;
        };
        CreateCycleDto: {
            /** @example 2025-27 */
            name: string;
            /**
             * Format: uuid
             * @description The framework version audits in this cycle answer.
             */
            frameworkVersionId: string;
            /**
             * Format: date
             * @example 2025-09-01
             */
            opensOn: string;
            /**
             * Format: date
             * @description Default: two years after the last cycle's due date, or after opensOn.
             * @example 2027-07-31
             */
            dueOn?: string;
            /**
             * @description scheduled: opens by itself on opensOn (at once if that day has come); open: opens now. Opening creates an audit for every member organisation.
             * @default draft
             * @enum {string}
             */
            status: "draft" | "scheduled" | "open";
        };
        UpdateCycleDto: {
            name?: string;
            /** Format: date */
            opensOn?: string;
            /** Format: date */
            dueOn?: string;
            /**
             * @description draft → scheduled (opens by itself on opensOn) or open (creates the audits now); scheduled → draft or open; open → closed; closed → open.
             * @enum {string}
             */
            status?: "draft" | "scheduled" | "open" | "closed";
        };
        OrganisationRefDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            sector: "education" | "early_years" | "health" | "police" | "childrens_social_care" | "local_authority" | "voluntary_community_faith" | "sport_leisure" | "private_provider" | "other";
        };
        CycleRefDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: date */
            dueOn: string;
            /** Format: uuid */
            frameworkVersionId: string;
            /** Format: uuid */
            partnershipId: string;
        };
        AuditCountsDto: {
            answered: number;
            notApplicable: number;
            unanswered: number;
            total: number;
            /** @description Indicators with something carried forward from the last audit that nobody has confirmed yet: the answer, or evidence not yet confirmed as still current (counted in answered or notApplicable too): not complete. */
            toConfirm: number;
        };
        NamedRefDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        AuditSummaryDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "not_started" | "in_progress" | "submitted" | "returned" | "accepted";
            organisation: components["schemas"]["OrganisationRefDto"];
            cycle: components["schemas"]["CycleRefDto"];
            /** Format: date-time */
            startedAt?: string | null;
            /** Format: date-time */
            submittedAt?: string | null;
            /** Format: date-time */
            returnedAt?: string | null;
            returnReason?: string | null;
            /** Format: date-time */
            acceptedAt?: string | null;
            counts: components["schemas"]["AuditCountsDto"];
            /** @description Overdue: still with the agency (not started, in progress, or returned and not resubmitted) after the cycle's due date, by the server's date. */
            overdue: boolean;
            /** @description Open challenges on this audit. */
            openChallenges: number;
            /** @description Actions past their due date and neither done nor dropped, that live in this audit's plan now: an open action carried into a later audit's plan counts there, once. */
            overdueActions: number;
            /** @description The board member who has the review; null when nobody has it. */
            reviewer?: components["schemas"]["NamedRefDto"] | null;
        };
        ResponseDto: {
            indicatorCode: string;
            level?: number | null;
            notApplicable: boolean;
            notApplicableReason?: string | null;
            commentary?: string | null;
            /** @description Send this back as `version` with the next save. */
            version: number;
            /** @description Copied from the last audit; the indicator's text changed since. */
            changedSinceLast: boolean;
            /** @description Copied from the last audit. */
            prefilled: boolean;
            /**
             * Format: date-time
             * @description When a person confirmed a copied answer or saved over it. A copied answer with none is "carried forward: confirm" and counts as a gap on submitting.
             */
            confirmedAt?: string | null;
            updatedBy?: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        EvidenceFileDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "file" | "link";
            /** @description A file's name, or a link's title (its address when untitled). */
            fileName: string;
            /** @description A link's web address. */
            url?: string | null;
            mediaType?: string | null;
            sizeBytes?: number | null;
            sha256?: string | null;
            uploadedBy?: string | null;
            /** Format: date-time */
            uploadedAt: string;
            indicatorCode: string;
            /** @description Attached from the previous cycle and not yet confirmed as still current (confirm or detach it). */
            stillCurrentAsked: boolean;
        };
        SubmissionRefDto: {
            sha256: string;
            /** Format: date-time */
            submittedAt: string;
        };
        IndicatorScoreDto: {
            code: string;
            areaCode: string;
            standardCode: string;
            /** @enum {string} */
            status: "answered" | "not_applicable" | "unanswered";
            /** @description Null unless answered. */
            level: number | null;
            /** @description The level's score (0-100). */
            score: number | null;
            benchmark: number;
            /** @description Level ≥ benchmark. */
            benchmarkMet: boolean | null;
            /** @enum {string|null} */
            rag: "red" | "amber" | "green" | null;
            weight: number;
        };
        StandardScoreDto: {
            /** @description Weighted mean (0-100, full precision); null when nothing is answered. */
            score: number | null;
            /**
             * @description Band of the score to one decimal.
             * @enum {string|null}
             */
            rag: "red" | "amber" | "green" | null;
            answered: number;
            notApplicable: number;
            unanswered: number;
            total: number;
            /** @description Answered at or above benchmark. */
            benchmarkMet: number;
            /** @description Answered below benchmark. */
            belowBenchmark: number;
            code: string;
            areaCode: string;
        };
        AreaScoreDto: {
            /** @description Weighted mean (0-100, full precision); null when nothing is answered. */
            score: number | null;
            /**
             * @description Band of the score to one decimal.
             * @enum {string|null}
             */
            rag: "red" | "amber" | "green" | null;
            answered: number;
            notApplicable: number;
            unanswered: number;
            total: number;
            /** @description Answered at or above benchmark. */
            benchmarkMet: number;
            /** @description Answered below benchmark. */
            belowBenchmark: number;
            code: string;
            weight: number;
        };
        OverallScoreDto: {
            /** @description Weighted mean (0-100, full precision); null when nothing is answered. */
            score: number | null;
            /**
             * @description Band of the score to one decimal.
             * @enum {string|null}
             */
            rag: "red" | "amber" | "green" | null;
            answered: number;
            notApplicable: number;
            unanswered: number;
            total: number;
            /** @description Answered at or above benchmark. */
            benchmarkMet: number;
            /** @description Answered below benchmark. */
            belowBenchmark: number;
            /** @description No indicator is unanswered. */
            complete: boolean;
        };
        AuditScoreDto: {
            /** @description Framework order. */
            indicators: components["schemas"]["IndicatorScoreDto"][];
            /** @description Framework order. */
            standards: components["schemas"]["StandardScoreDto"][];
            /** @description Framework order. */
            areas: components["schemas"]["AreaScoreDto"][];
            overall: components["schemas"]["OverallScoreDto"];
            /** @description Codes of responses that match no indicator (ignored), sorted. */
            unknownCodes: string[];
        };
        AuditDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "not_started" | "in_progress" | "submitted" | "returned" | "accepted";
            organisation: components["schemas"]["OrganisationRefDto"];
            cycle: components["schemas"]["CycleRefDto"];
            /** Format: date-time */
            startedAt?: string | null;
            /** Format: date-time */
            submittedAt?: string | null;
            /** Format: date-time */
            returnedAt?: string | null;
            returnReason?: string | null;
            /** Format: date-time */
            acceptedAt?: string | null;
            counts: components["schemas"]["AuditCountsDto"];
            /** @description Overdue: still with the agency (not started, in progress, or returned and not resubmitted) after the cycle's due date, by the server's date. */
            overdue: boolean;
            /** @description Open challenges on this audit. */
            openChallenges: number;
            /** @description Actions past their due date and neither done nor dropped, that live in this audit's plan now: an open action carried into a later audit's plan counts there, once. */
            overdueActions: number;
            /** @description The board member who has the review; null when nobody has it. */
            reviewer?: components["schemas"]["NamedRefDto"] | null;
            /** Format: uuid */
            prefilledFromId?: string | null;
            responses: components["schemas"]["ResponseDto"][];
            evidence: components["schemas"]["EvidenceFileDto"][];
            latestSubmission?: components["schemas"]["SubmissionRefDto"] | null;
            /** @description Scores from the framework (see GET /api/audits/{auditId}/score). */
            score: components["schemas"]["AuditScoreDto"];
        };
        SaveResponseDto: {
            /** @description The version the client last saw: 0 for an indicator not answered yet. */
            version: number;
            /** @description A level of the framework's scale; null clears it. */
            level?: number | null;
            /** @default false */
            notApplicable: boolean;
            notApplicableReason?: string | null;
            commentary?: string | null;
        };
        ConfirmStandardDto: {
            /**
             * @description The carried-forward answers the person saw together and confirms: every one of the standard's answers waiting for confirmation (409 with the current list if they differ).
             * @example [
             *       "P1.1",
             *       "P1.2"
             *     ]
             */
            indicatorCodes: string[];
        };
        AssignmentDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            userId: string;
            userName: string;
            areaCode?: string | null;
            indicatorCode?: string | null;
            /**
             * Format: date-time
             * @description When this person said their part is done (null: not said, or their share has changed since).
             */
            partDoneAt: string | null;
        };
        AssignmentInput: {
            /** Format: uuid */
            userId: string;
            /**
             * @description A whole PIES area; give this or indicatorCode.
             * @example I
             */
            areaCode?: string;
            /** @example I1.2 */
            indicatorCode?: string;
        };
        SaveAssignmentsDto: {
            /** @description The whole set: it replaces the current assignments. */
            assignments: components["schemas"]["AssignmentInput"][];
        };
        PartDoneDto: {
            /**
             * Format: date-time
             * @description When the contributor said it.
             */
            doneAt: string;
            /** @description True when they had already said so: nothing changed, no one told. */
            alreadyDone: boolean;
        };
        ReturnAuditDto: {
            /** @description Why the board returns the audit; the agency sees it. */
            reason: string;
        };
        AuditEventDto: {
            id: string;
            /** @example response.saved */
            kind: string;
            subject?: string | null;
            before?: Record<string, unknown> | null;
            after?: Record<string, unknown> | null;
            /** Format: date-time */
            at: string;
            actorId?: string | null;
            actorName?: string | null;
        };
        UploadEvidenceDto: {
            /**
             * @description The indicator the file is evidence for.
             * @example P1.1
             */
            indicatorCode: string;
            /**
             * Format: binary
             * @description PDF, Office document, image or plain text.
             */
            file: string;
        };
        AddEvidenceLinkDto: {
            /**
             * @description The indicator the link is evidence for.
             * @example P1.1
             */
            indicatorCode: string;
            /** @example https://intranet.example/policies/online-safety */
            url: string;
            /** @description What the page is; the address stands for it when left out. */
            title?: string;
        };
        AttachEvidenceDto: {
            /**
             * Format: uuid
             * @description An item of the audit's organisation's evidence library.
             */
            evidenceId: string;
            /**
             * @description The indicator it is evidence for.
             * @example P1.1
             */
            indicatorCode: string;
        };
        EvidenceUseDto: {
            /** Format: uuid */
            auditId: string;
            cycle: string;
            indicatorCode: string;
            stillCurrentAsked: boolean;
        };
        EvidenceItemDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "file" | "link";
            /** @description A file's name, or a link's title (its address when untitled). */
            fileName: string;
            /** @description A link's web address. */
            url?: string | null;
            mediaType?: string | null;
            sizeBytes?: number | null;
            sha256?: string | null;
            uploadedBy?: string | null;
            /** Format: date-time */
            uploadedAt: string;
            /** @description Part of a submitted snapshot: it cannot be deleted. */
            inSubmission: boolean;
            /** @description Where it is attached. */
            attachments: components["schemas"]["EvidenceUseDto"][];
        };
        ActionDto: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The audit whose plan it is listed in: the one asked for, or the latest that shows it.
             */
            auditId: string;
            /**
             * Format: uuid
             * @description The audit it was raised in.
             */
            raisedInAuditId: string;
            indicatorCode?: string | null;
            description: string;
            /**
             * Format: uuid
             * @description The owner when they have an account; null for a named owner.
             */
            ownerId?: string | null;
            /** @description The owner's name: the person's, or as written. */
            owner: string;
            /** Format: date */
            dueOn?: string | null;
            /** @enum {string} */
            status: "not_started" | "in_progress" | "done" | "dropped";
            /** @description Past its due date and neither done nor dropped. */
            overdue: boolean;
            /** @description Raised in an earlier audit and still in this plan. */
            carriedOver: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * Format: date-time
             * @description When it was marked done or dropped; null while open.
             */
            closedAt?: string | null;
            /**
             * @description What the reader may change of it: `all` (a lead; a contributor, on an indicator assigned to them), `progress` (its owner: status, due date, notes) or `none`. Once the audit it lives in is submitted or accepted, only the progress changes whoever they are (ACTION_PLAN_SETTLED).
             * @enum {string}
             */
            mayChange: "all" | "progress" | "none";
        };
        CreateActionDto: {
            /**
             * @description Leave out for an action on the audit as a whole.
             * @example I1.3
             */
            indicatorCode?: string | null;
            /** @example Test the filtering against the categories in the DfE standards each term. */
            description: string;
            /**
             * Format: uuid
             * @description The owner, a person with an account in the action's organisation. Exactly one of `ownerId` and `owner`.
             */
            ownerId?: string;
            owner?: string;
            /** Format: date */
            dueOn?: string | null;
            /**
             * @default not_started
             * @enum {string}
             */
            status: "not_started" | "in_progress" | "done" | "dropped";
        };
        UpdateActionDto: {
            description?: string;
            /**
             * Format: uuid
             * @description The owner, a person with an account in the action's organisation. Exactly one of `ownerId` and `owner`.
             */
            ownerId?: string;
            owner?: string;
            /**
             * Format: date
             * @description null clears it.
             */
            dueOn?: string | null;
            /** @enum {string} */
            status?: "not_started" | "in_progress" | "done" | "dropped";
            note?: string;
        };
        ActionUpdateDto: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            at: string;
            /** @description Who made the change. */
            actorName?: string | null;
            note?: string | null;
            /** @enum {string} */
            statusBefore: "not_started" | "in_progress" | "done" | "dropped";
            /** @enum {string} */
            statusAfter: "not_started" | "in_progress" | "done" | "dropped";
            /** Format: date */
            dueBefore?: string | null;
            /** Format: date */
            dueAfter?: string | null;
        };
        AgencyActionProgressDto: {
            /** Format: uuid */
            organisationId: string;
            /**
             * Format: uuid
             * @description The agency's audit of the cycle, whose plan it is.
             */
            auditId: string;
            organisation: string;
            /** @description Neither done nor dropped. */
            open: number;
            /** @description Open and past the due date. */
            overdue: number;
            /**
             * Format: date
             * @description The earliest due date among the overdue ones.
             */
            oldestOverdueOn?: string | null;
            /** @description Marked done after the agency's audit of the cycle was accepted. */
            doneSinceAcceptance: number;
        };
        DoneActionDto: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The agency's audit of the cycle, whose action plan shows it.
             */
            auditId: string;
            organisation: string;
            indicatorCode?: string | null;
            description: string;
            /** @description Who owns it: the person's name, or as written. */
            owner: string;
            /** Format: date-time */
            closedAt: string;
            /** @description The note it was closed with. */
            note?: string | null;
        };
        ActionProgressDto: {
            /** @description Agencies with actions in the cycle's plans the board sees, most overdue first, then by name. */
            agencies: components["schemas"]["AgencyActionProgressDto"][];
            /** @description The 20 most recently done since the agency's audit of the cycle was accepted. */
            recentlyDone: components["schemas"]["DoneActionDto"][];
        };
        ChallengeMessageDto: {
            /** Format: uuid */
            id: string;
            authorName?: string | null;
            /** @description board or agency */
            authorSide: string;
            body: string;
            /** Format: date-time */
            createdAt: string;
        };
        ChallengeDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            auditId: string;
            indicatorCode?: string | null;
            /** @enum {string} */
            status: "open" | "resolved";
            raisedBy?: string | null;
            /** Format: date-time */
            raisedAt: string;
            /** Format: date-time */
            resolvedAt?: string | null;
            /** @description The question first, then replies in order. */
            messages: components["schemas"]["ChallengeMessageDto"][];
        };
        RaiseChallengeDto: {
            /**
             * @description Leave out to challenge the audit as a whole.
             * @example I1.1
             */
            indicatorCode?: string | null;
            /** @example What evidence shows the filtering was tested this year? */
            question: string;
        };
        ReplyDto: {
            body: string;
        };
        ScoreCellDto: {
            score: number | null;
            /** @enum {string|null} */
            rag: "red" | "amber" | "green" | null;
        };
        DashboardCycleDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: date */
            opensOn: string;
            /** Format: date */
            dueOn: string;
            /** @enum {string} */
            status: "draft" | "scheduled" | "open" | "closed";
        };
        CycleNameDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        DashboardFiltersDto: {
            /** @enum {string|null} */
            sector: "education" | "early_years" | "health" | "police" | "childrens_social_care" | "local_authority" | "voluntary_community_faith" | "sport_leisure" | "private_provider" | "other" | null;
            /** @enum {string|null} */
            state: "submitted" | "returned" | "accepted" | null;
        };
        CompletionDto: {
            not_started: number;
            in_progress: number;
            submitted: number;
            returned: number;
            accepted: number;
            /** @description Not yet submitted (or returned) after the due date. */
            overdue: number;
            total: number;
        };
        OverallFigureDto: {
            score: number | null;
            /** @enum {string|null} */
            rag: "red" | "amber" | "green" | null;
            /** @description In the previous cycle. */
            previous: number | null;
            change: number | null;
        };
        AreaFigureDto: {
            score: number | null;
            /** @enum {string|null} */
            rag: "red" | "amber" | "green" | null;
            /** @description In the previous cycle. */
            previous: number | null;
            change: number | null;
            code: string;
            title: string;
            /** @description Every indicator at benchmark. */
            benchmark: number | null;
        };
        PartnershipFiguresDto: {
            agenciesCounted: number;
            overall: components["schemas"]["OverallFigureDto"];
            areas: components["schemas"]["AreaFigureDto"][];
        };
        HeatMapRowDto: {
            /** Format: uuid */
            auditId: string;
            /** Format: uuid */
            organisationId: string;
            organisation: string;
            /** @enum {string} */
            sector: "education" | "early_years" | "health" | "police" | "childrens_social_care" | "local_authority" | "voluntary_community_faith" | "sport_leisure" | "private_provider" | "other";
            /** @enum {string} */
            status: "not_started" | "in_progress" | "submitted" | "returned" | "accepted";
            overall: components["schemas"]["ScoreCellDto"];
            /** @description Area code → score and RAG. */
            areas: {
                [key: string]: components["schemas"]["ScoreCellDto"];
            };
            /** @description Overall in the previous cycle. */
            previousOverall: number | null;
            change: number | null;
        };
        HeatMapPageDto: {
            total: number;
            page: number;
            pageSize: number;
            /** @enum {string} */
            sort: "name" | "overall" | "P" | "I" | "E" | "S" | "sector" | "status" | "-overall" | "-P" | "-I" | "-E" | "-S" | "-name";
            items: components["schemas"]["HeatMapRowDto"][];
        };
        SectorFigureDto: {
            /** @enum {string} */
            sector: "education" | "early_years" | "health" | "police" | "childrens_social_care" | "local_authority" | "voluntary_community_faith" | "sport_leisure" | "private_provider" | "other";
            agencies: number;
            overall: components["schemas"]["ScoreCellDto"];
            /** @description Area code → score and RAG. */
            areas: {
                [key: string]: components["schemas"]["ScoreCellDto"];
            };
        };
        IndicatorFigureDto: {
            code: string;
            areaCode: string;
            statement: string;
            /** @description Mean answered level, two decimals. */
            meanLevel: number;
            /** @description 0-1, three decimals. */
            belowBenchmarkShare: number;
            responses: number;
        };
        OverdueAgencyDto: {
            /** Format: uuid */
            organisationId: string;
            organisation: string;
            /** @enum {string} */
            sector: "education" | "early_years" | "health" | "police" | "childrens_social_care" | "local_authority" | "voluntary_community_faith" | "sport_leisure" | "private_provider" | "other";
            /** Format: date-time */
            lastAcceptedAt: string | null;
            /** Format: date */
            nextDueOn: string | null;
        };
        DashboardOverdueAgenciesDto: {
            total: number;
            /** @description The first 20 by name; all of them, paged, from .../dashboard/overdue-agencies. */
            items: components["schemas"]["OverdueAgencyDto"][];
        };
        DashboardChallengeDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            auditId: string;
            organisation: string;
            indicatorCode: string | null;
            /** Format: date-time */
            raisedAt: string;
            question: string | null;
        };
        DashboardChallengesDto: {
            total: number;
            /** @description First 20. */
            items: components["schemas"]["DashboardChallengeDto"][];
        };
        DashboardActionDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            auditId: string;
            organisation: string;
            indicatorCode: string | null;
            description: string;
            owner: string;
            /** Format: date */
            dueOn: string | null;
            /** @enum {string} */
            status: "not_started" | "in_progress" | "done" | "dropped";
        };
        DashboardActionsDto: {
            total: number;
            /** @description First 20. */
            items: components["schemas"]["DashboardActionDto"][];
        };
        PartnershipDashboardDto: {
            cycle: components["schemas"]["DashboardCycleDto"];
            previousCycle: components["schemas"]["CycleNameDto"] | null;
            countedStates: ("submitted" | "returned" | "accepted")[];
            filters: components["schemas"]["DashboardFiltersDto"];
            completion: components["schemas"]["CompletionDto"];
            partnership: components["schemas"]["PartnershipFiguresDto"];
            heatMap: components["schemas"]["HeatMapPageDto"];
            sectors: components["schemas"]["SectorFigureDto"][];
            /** @description Up to 10. */
            weakestIndicators: components["schemas"]["IndicatorFigureDto"][];
            /** @description Up to 10. */
            strongestIndicators: components["schemas"]["IndicatorFigureDto"][];
            overdueAgencies: components["schemas"]["DashboardOverdueAgenciesDto"];
            openChallenges: components["schemas"]["DashboardChallengesDto"];
            overdueActions: components["schemas"]["DashboardActionsDto"];
        };
        OverdueAgenciesPageDto: {
            total: number;
            /** @description The first 20 by name; all of them, paged, from .../dashboard/overdue-agencies. */
            items: components["schemas"]["OverdueAgencyDto"][];
            page: number;
            pageSize: number;
        };
        DashboardOrganisationDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            sector: "education" | "early_years" | "health" | "police" | "childrens_social_care" | "local_authority" | "voluntary_community_faith" | "sport_leisure" | "private_provider" | "other";
        };
        AuditCycleDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: date */
            dueOn: string;
        };
        RadarAreaDto: {
            code: string;
            title: string;
            score: number | null;
            /** @enum {string|null} */
            rag: "red" | "amber" | "green" | null;
            partnershipAverage: number | null;
            benchmark: number | null;
        };
        RadarDto: {
            /** Format: uuid */
            auditId: string;
            cycle: components["schemas"]["AuditCycleDto"];
            /** @enum {string} */
            status: "not_started" | "in_progress" | "submitted" | "returned" | "accepted";
            areas: components["schemas"]["RadarAreaDto"][];
        };
        HistoryEntryDto: {
            /** Format: uuid */
            auditId: string;
            cycle: components["schemas"]["AuditCycleDto"];
            /** @enum {string} */
            status: "not_started" | "in_progress" | "submitted" | "returned" | "accepted";
            overall: components["schemas"]["ScoreCellDto"];
            /** @description Area code → score (one decimal), null when the area has no answers. */
            areas: {
                [key: string]: number | null;
            };
        };
        OrganisationActionDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            auditId: string;
            indicatorCode: string | null;
            description: string;
            owner: string;
            /** Format: date */
            dueOn: string | null;
            /** @enum {string} */
            status: "not_started" | "in_progress" | "done" | "dropped";
            /** @description Null without a due date. */
            overdue: boolean | null;
        };
        OrganisationChallengeDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            auditId: string;
            indicatorCode: string | null;
            /** Format: date-time */
            raisedAt: string;
            question: string | null;
        };
        OrganisationDashboardDto: {
            organisation: components["schemas"]["DashboardOrganisationDto"];
            compliance: components["schemas"]["ComplianceDto"][];
            /** @description True for the agency's own members: drafts count. */
            includesDrafts: boolean;
            /** @description The latest audit against the partnership average and benchmark. */
            radar: components["schemas"]["RadarDto"] | null;
            /** @description Newest first. */
            history: components["schemas"]["HistoryEntryDto"][];
            /** @description Latest audit. */
            openActions: components["schemas"]["OrganisationActionDto"][];
            openChallenges: components["schemas"]["OrganisationChallengeDto"][];
        };
        LevelStateDto: {
            level?: number | null;
            notApplicable: boolean;
            notApplicableReason?: string | null;
        };
        LevelChangeDto: {
            before: components["schemas"]["LevelStateDto"];
            after: components["schemas"]["LevelStateDto"];
        };
        CommentaryChangeDto: {
            before?: string | null;
            after?: string | null;
        };
        ChangedFileDto: {
            /** Format: uuid */
            id: string;
            fileName: string;
        };
        EvidenceChangesDto: {
            added: components["schemas"]["ChangedFileDto"][];
            removed: components["schemas"]["ChangedFileDto"][];
        };
        LinkChangesDto: {
            added: string[];
            removed: string[];
        };
        ActionFieldChangeDto: {
            /** @enum {string} */
            field: "description" | "owner" | "dueOn" | "status";
            before?: string | null;
            after?: string | null;
        };
        ActionChangeDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            change: "added" | "changed" | "removed";
            description: string;
            fields: components["schemas"]["ActionFieldChangeDto"][];
        };
        IndicatorChangesDto: {
            /** @description The indicator's code; empty for actions on the whole audit. */
            indicatorCode: string;
            level?: components["schemas"]["LevelChangeDto"];
            commentary?: components["schemas"]["CommentaryChangeDto"];
            evidence: components["schemas"]["EvidenceChangesDto"];
            links: components["schemas"]["LinkChangesDto"];
            actions: components["schemas"]["ActionChangeDto"][];
        };
        ChangesSinceReturnDto: {
            /**
             * Format: date-time
             * @description When the submission the board returned was made; null for a first submission.
             */
            returnedSubmittedAt?: string | null;
            /**
             * Format: date-time
             * @description The latest submission.
             */
            resubmittedAt?: string | null;
            /** @description Indicator by indicator, what changed; empty when nothing did or there is no earlier submission. */
            changes: components["schemas"]["IndicatorChangesDto"][];
        };
        SetReviewerDto: {
            /**
             * Format: uuid
             * @description A board member of the audit's partnership.
             */
            userId: string;
        };
        ReviewerRefDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        ReviewerDto: {
            reviewer?: components["schemas"]["ReviewerRefDto"] | null;
        };
        JobDto: {
            /** Format: uuid */
            id: string;
            /** @example report-pack */
            kind: string;
            /** @enum {string} */
            status: "queued" | "running" | "done" | "failed";
            /** @description Reports built so far. */
            done: number;
            /** @description Reports to build. */
            total: number;
            error: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Where to download the result once done. */
            downloadUrl: string | null;
        };
        NotificationDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "cycle_opened" | "audit_due" | "audit_overdue" | "audit_challenged" | "audit_returned" | "audit_accepted" | "audit_submitted" | "challenge_replied" | "contributor_assigned" | "contributor_done" | "action_assigned" | "action_due" | "action_overdue";
            title: string;
            detail: string;
            /** @description The app page it is about. */
            path: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            readAt: string | null;
        };
        NotificationListDto: {
            /** @description Unread, of those listed. */
            unread: number;
            /** @description The last 90 days, newest first. */
            items: components["schemas"]["NotificationDto"][];
        };
        KindPreferenceDto: {
            /** @enum {string} */
            kind: "cycle_opened" | "audit_due" | "audit_overdue" | "audit_challenged" | "audit_returned" | "audit_accepted" | "audit_submitted" | "challenge_replied" | "contributor_assigned" | "contributor_done" | "action_assigned" | "action_due" | "action_overdue";
            /**
             * @description immediate: a mail at once; digest: in the daily digest; off: in the app only.
             * @enum {string}
             */
            delivery: "immediate" | "digest" | "off";
        };
        NotificationPreferencesDto: {
            /** @description The London hour of the daily digest. */
            digestHour: number;
            /** @description Every kind, with its delivery. */
            kinds: components["schemas"]["KindPreferenceDto"][];
        };
        UpdateNotificationPreferencesDto: {
            digestHour?: number;
            /** @description The kinds to change. */
            kinds?: components["schemas"]["KindPreferenceDto"][];
        };
        UnsubscribeDto: {
            /** @description What the link turns off. */
            kinds: ("cycle_opened" | "audit_due" | "audit_overdue" | "audit_challenged" | "audit_returned" | "audit_accepted" | "audit_submitted" | "challenge_replied" | "contributor_assigned" | "contributor_done" | "action_assigned" | "action_due" | "action_overdue")[];
            /** @description Every one of those kinds was already off (before this request, for the unsubscribe itself). */
            alreadyUnsubscribed: boolean;
        };
        ReminderSettingsDto: {
            /**
             * @description Days before a cycle's due date agencies still working on their audit are reminded: each 1-365, at most 10, none repeated; [] for none. Overdue audits are reminded weekly whatever this says.
             * @example [
             *       30,
             *       7,
             *       1
             *     ]
             */
            reminderDays: number[];
        };
        ComingReminderDto: {
            /** Format: date */
            on: string;
            /** @enum {string} */
            kind: "audit_due" | "audit_overdue";
            /** @description Days before (audit_due) or after (audit_overdue) the due date. */
            days: number;
        };
        CycleRemindersDto: {
            reminderDays: number[];
            /** @description Agencies that would be reminded if it were today: audits still with their agency (an open cycle), or member organisations (a cycle not yet open). */
            agencies: number;
            /** @description From today on; none for a closed cycle. */
            coming: components["schemas"]["ComingReminderDto"][];
        };
        AwaitingDecisionDto: {
            /** Format: uuid */
            auditId: string;
            organisationName: string;
            cycleName: string;
            /** Format: date-time */
            submittedAt: string;
            /**
             * Format: uuid
             * @description Who has the review.
             */
            reviewerId?: string | null;
            reviewerName?: string | null;
        };
        AwaitingDecisionCycleDto: {
            /** Format: uuid */
            cycleId: string;
            cycleName: string;
            count: number;
        };
        AwaitingDecisionListDto: {
            /** @description How many there are in all. */
            count: number;
            /** @description The first 10, oldest submission first. */
            items: components["schemas"]["AwaitingDecisionDto"][];
            /** @description All of them, counted by cycle, newest cycle first. */
            cycles: components["schemas"]["AwaitingDecisionCycleDto"][];
        };
        ChallengeReplyDto: {
            /** Format: uuid */
            challengeId: string;
            /** Format: uuid */
            auditId: string;
            organisationName: string;
            cycleName: string;
            /** @description Null: about the audit as a whole. */
            indicatorCode: string | null;
            /** @description Replies by others since your last message. */
            replies: number;
            /**
             * Format: date-time
             * @description The first of those replies.
             */
            firstReplyAt: string;
        };
        ChallengeReplyListDto: {
            count: number;
            /** @description The first 10, oldest reply first. */
            items: components["schemas"]["ChallengeReplyDto"][];
        };
        BoardAttentionDto: {
            /** Format: uuid */
            partnershipId: string;
            partnershipName: string;
            awaitingDecision: components["schemas"]["AwaitingDecisionListDto"];
            challengeReplies: components["schemas"]["ChallengeReplyListDto"];
        };
        AgencyAuditDto: {
            /** Format: uuid */
            auditId: string;
            partnershipName: string;
            cycleName: string;
            /** @enum {string} */
            status: "not_started" | "in_progress" | "submitted" | "returned" | "accepted";
            /** Format: date */
            dueOn: string;
            /** @description With the agency past the due date. */
            overdue: boolean;
            /** @description With the agency and due within 30 days. */
            dueSoon: boolean;
            /** @description Board challenges waiting for your answer. */
            openChallenges: number;
            /** @description Why the board returned it. */
            returnReason: string | null;
        };
        AgencyAuditListDto: {
            count: number;
            /** @description The first 10, earliest due first. */
            items: components["schemas"]["AgencyAuditDto"][];
        };
        ActionDueDto: {
            /** Format: uuid */
            actionId: string;
            /** Format: uuid */
            auditId: string;
            indicatorCode: string | null;
            description: string;
            owner: string;
            /** Format: date */
            dueOn: string;
            /** @description Past its due date and not done. */
            overdue: boolean;
        };
        ActionDueListDto: {
            count: number;
            /** @description The first 10, earliest due first. */
            items: components["schemas"]["ActionDueDto"][];
        };
        AgencyAttentionDto: {
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            audits: components["schemas"]["AgencyAuditListDto"];
            actionsDue: components["schemas"]["ActionDueListDto"];
        };
        AssignedAuditDto: {
            /** Format: uuid */
            auditId: string;
            partnershipName: string;
            cycleName: string;
            /** Format: date */
            dueOn: string;
            /** @description Your assigned indicators with no level and not marked N/A. */
            unanswered: number;
        };
        AssignedAuditListDto: {
            count: number;
            /** @description The first 10, earliest due first. */
            items: components["schemas"]["AssignedAuditDto"][];
        };
        ContributorAttentionDto: {
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            assigned: components["schemas"]["AssignedAuditListDto"];
        };
        NotStartedDto: {
            /** Format: uuid */
            auditId: string;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            cycleName: string;
            /** Format: date */
            dueOn: string;
            overdue: boolean;
        };
        NotStartedListDto: {
            count: number;
            /** @description The first 10, earliest due first. */
            items: components["schemas"]["NotStartedDto"][];
        };
        FailedMailDto: {
            /** Format: uuid */
            id: string;
            to: string;
            subject: string;
            /** Format: date-time */
            createdAt: string;
        };
        FailedMailListDto: {
            count: number;
            /** @description The first 10, oldest first. */
            items: components["schemas"]["FailedMailDto"][];
            /** @description Whether the Sent mail page exists (mail kept in the app): link to it only then. */
            sentMailPage: boolean;
        };
        AdminAttentionDto: {
            /** Format: uuid */
            partnershipId: string;
            partnershipName: string;
            notStarted: components["schemas"]["NotStartedListDto"];
            failedMail: components["schemas"]["FailedMailListDto"];
        };
        AttentionDto: {
            board: components["schemas"]["BoardAttentionDto"][];
            agency: components["schemas"]["AgencyAttentionDto"][];
            contributor: components["schemas"]["ContributorAttentionDto"][];
            admin: components["schemas"]["AdminAttentionDto"][];
        };
        SentMailDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            partnershipId: string | null;
            /** @example sam@example.org */
            to: string;
            /** @enum {string} */
            template: "invitation" | "role-offered" | "password-reset";
            subject: string;
            /** @enum {string} */
            status: "queued" | "sent" | "failed";
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            sentAt: string | null;
            lastError: string | null;
            /** @description The plain-text body. */
            textBody: string;
            /** @description The HTML body (its source). */
            htmlBody: string;
        };
        /**
         * @description Codes by feature (status, meaning, and the shape of `details` where there is one):
         *
         *     **common**
         *
         *     | code | status | meaning | details |
         *     | --- | --- | --- | --- |
         *     | `VALIDATION_FAILED` | 400 | A field of the path, query or body is missing or not valid. | `[{ field, problems: [{ code, params, message }] }]` |
         *     | `RESOURCE_NOT_FOUND` | 404 | No such resource, or not visible to the caller (the message names which kind). |  |
         *     | `ROUTE_NOT_FOUND` | 404 | No route has this method and path. |  |
         *     | `METHOD_NOT_ALLOWED` | 405 | The route does not take this method. |  |
         *     | `PATH_INVALID` | 400 | The path is not valid percent-encoded UTF-8. |  |
         *     | `PATH_TOO_LONG` | 414 | A segment of the path is over 100 characters. |  |
         *     | `BODY_NOT_JSON` | 400 | The body is not valid JSON. |  |
         *     | `BODY_TOO_DEEP` | 400 | The JSON body nests arrays and objects too deep (the message says how deep they may go). |  |
         *     | `BODY_EMPTY` | 400 | The body is empty but its Content-Type is application/json. |  |
         *     | `BODY_LENGTH_MISMATCH` | 400 | The body length does not match Content-Length. |  |
         *     | `PAYLOAD_TOO_LARGE` | 413 | The body or the uploaded file is too large. |  |
         *     | `UNSUPPORTED_MEDIA_TYPE` | 415 | The body is not sent as application/json (or multipart/form-data for uploads). |  |
         *     | `UPLOAD_LIMIT_EXCEEDED` | 413 | An upload has too many parts, files or fields. |  |
         *     | `ALREADY_EXISTS` | 409 | Something with this name or key exists already (a unique constraint). | `{ constraint: string }` |
         *     | `REFERENCE_INVALID` | 409 | Refers to something that does not exist, or is still referred to. |  |
         *     | `VALUE_MISSING` | 400 | A value the database needs is empty. |  |
         *     | `INVALID_CHARACTER` | 400 | Text holds a character that cannot be stored. |  |
         *     | `INVALID_FORMAT` | 400 | A value has the wrong format for its column. |  |
         *     | `BAD_REQUEST` | 400 | The request cannot be served as sent. |  |
         *     | `SERVICE_UNAVAILABLE` | 503 | The database (or another service the API needs) is not answering; try again after Retry-After seconds. | `{ database: "down" }` |
         *     | `INTERNAL_ERROR` | 500 | An unexpected failure; it has been logged. |  |
         *
         *     **auth**
         *
         *     | code | status | meaning | details |
         *     | --- | --- | --- | --- |
         *     | `NOT_SIGNED_IN` | 401 | No session, or the session has ended: sign in again. |  |
         *     | `CREDENTIALS_INVALID` | 401 | The email or password is not right. |  |
         *     | `CSRF_TOKEN_INVALID` | 403 | A state-changing request without the X-CSRF-Token header matching the pies_csrf cookie and the session. |  |
         *     | `ROLE_REQUIRED` | 403 | The caller holds none of the roles the route needs over this resource. |  |
         *     | `AUDIT_NOT_SUBMITTED_YET` | 403 | The board sees an audit once the agency submits it. |  |
         *     | `ACCESS_RULE_MISSING` | 403 | The route declares no access rule, so nobody may call it (a server defect). |  |
         *     | `PASSWORD_CHANGE_REQUIRED` | 403 | The password this session signed in with is shorter than the policy asks: change it (POST /api/auth/password) before anything else. |  |
         *     | `ACCOUNT_LINK_INVALID` | 404 | The invitation or password reset link does not work: it is not one, has expired, has been used, or a newer one has been sent (one answer for all). |  |
         *     | `RATE_LIMITED` | 429 | Too many requests: wait Retry-After seconds. |  |
         *     | `SIGN_IN_THROTTLED` | 429 | Too many failed sign-in attempts, password reset requests or link uses (auth/README.md): wait Retry-After seconds; each further failure doubles it, up to 15 minutes. |  |
         *
         *     **audits**
         *
         *     | code | status | meaning | details |
         *     | --- | --- | --- | --- |
         *     | `RESPONSE_VERSION_CONFLICT` | 409 | The answer was changed by someone else since the client loaded it; `current` is the answer now (null if none). | `{ current: ResponseDto | null }` |
         *     | `AUDIT_LOCKED` | 409 | The audit is submitted or accepted: it cannot change. | `{ status: AuditStatus }` |
         *     | `AUDIT_TRANSITION_NOT_ALLOWED` | 409 | The audit cannot take this step from its current state. | `{ status: AuditStatus }` |
         *     | `AUDIT_INCOMPLETE` | 422 | Submitting needs every applicable indicator answered, and every answer carried forward from the last audit confirmed (or answered afresh where the wording changed): each gap is listed with the indicator's code and title. | `[{ indicatorCode, title, problems: [{ code, params, message }] }]` |
         *     | `FRESH_ANSWER_NEEDED` | 422 | The indicator's wording changed since the last audit: its carried-forward answer cannot be confirmed as it is; save a new answer. | `{ indicatorCodes: string[] }` |
         *     | `CARRIED_ANSWERS_CHANGED` | 409 | The answers waiting for confirmation in the standard are not the ones sent (someone answered or confirmed one meanwhile): `indicatorCodes` are the ones waiting now. | `{ indicatorCodes: string[] }` |
         *     | `INDICATOR_NOT_ASSIGNED` | 403 | A contributor may change only the indicators assigned to them. |  |
         *     | `NOTHING_ASSIGNED` | 403 | Only a contributor with something assigned in the audit can say their part is done. |  |
         *
         *     **users**
         *
         *     | code | status | meaning | details |
         *     | --- | --- | --- | --- |
         *     | `MEMBERSHIP_DUPLICATE` | 409 | The request gives the same membership twice. |  |
         *     | `INVITATION_ANSWERED` | 409 | The invitation has already been accepted or declined. |  |
         *     | `LAST_PARTNERSHIP_ADMIN` | 409 | The change would leave a partnership with no partnership admin who can sign in: make someone else its admin first. | `{ partnershipIds: string[] }` |
         *     | `SELF_LOCKOUT` | 409 | Nobody can deactivate their own account, nor remove or change their own admin role: ask another admin. |  |
         *     | `AGENCY_LEAD_NEEDS_ADMIN` | 403 | Only a partnership or platform admin can add an agency lead. |  |
         *
         *     **cycles**
         *
         *     | code | status | meaning | details |
         *     | --- | --- | --- | --- |
         *     | `CYCLE_STATUS_CHANGE_NOT_ALLOWED` | 409 | A cycle goes draft → scheduled or open, scheduled → draft or open, open → closed, closed → open. | `{ status: CycleStatus }` |
         *     | `CYCLE_OVERLAPS` | 409 | Scheduling or opening the cycle, or moving a live cycle's dates, would make it overlap another scheduled or open cycle of the partnership (one opening before the other is due). | `{ cycle: { id, name, status, opensOn, dueOn } } (the other cycle)` |
         *
         *     **challenges**
         *
         *     | code | status | meaning | details |
         *     | --- | --- | --- | --- |
         *     | `CHALLENGE_RESOLVED` | 409 | The challenge is resolved: it takes no more replies. |  |
         *
         *     **frameworks**
         *
         *     | code | status | meaning | details |
         *     | --- | --- | --- | --- |
         *     | `FRAMEWORK_INVALID` | 400 | The framework file has problems: each with its path in the file ('' for the whole file) and its line when known. Limits: at most 900000 characters, 1000 indicators, 5000 characters in a text (300 in an id, title or label); reading stops after 100 problems (one more entry says so) or 20 s. | `[{ field, line?, problems: [{ code: "frameworkRule", params: {}, message }] }]` |
         *     | `FRAMEWORK_ID_RESERVED` | 403 | This framework id is the platform's (shipped in templates/frameworks/, or imported by a platform admin): give the partnership's framework an id of its own. |  |
         *     | `FRAMEWORK_OWNER_AMBIGUOUS` | 400 | You administer several partnerships, so the framework would have no single owner: a platform admin imports it for a partnership. |  |
         *     | `FRAMEWORK_VERSION_PUBLISHED` | 409 | This version is published with other content: give the changed framework a new version. |  |
         *
         *     **jobs**
         *
         *     | code | status | meaning | details |
         *     | --- | --- | --- | --- |
         *     | `JOB_NOT_DONE` | 409 | The job has not finished: download its result when its status is done. | `{ status: JobStatus }` |
         *     | `REPORT_PACKS_WAITING` | 429 | The partnership already has 3 report packs waiting or being built: try again when one is done (Retry-After). |  |
         *
         *     **dashboards**
         *
         *     | code | status | meaning | details |
         *     | --- | --- | --- | --- |
         *     | `PARTNERSHIP_HAS_NO_CYCLE` | 404 | The partnership has no audit cycle yet, so there is nothing to show. |  |
         *
         *     **mfa**
         *
         *     | code | status | meaning | details |
         *     | --- | --- | --- | --- |
         *     | `MFA_STEP_INVALID` | 401 | No sign-in is waiting for its second step here (no pies_mfa cookie, or it has expired or been used, or this step does not match it): sign in again with your password. |  |
         *     | `MFA_CODE_INVALID` | 401 | The code is not right, has been used already (a code works once), or the recovery code is unknown or used. |  |
         *     | `MFA_NOT_ENROLLED` | 409 | The account has no authenticator set up. |  |
         *     | `MFA_ALREADY_ENROLLED` | 409 | The account has an authenticator already: turn it off first to set up another. |  |
         *     | `MFA_REQUIRED_BY_PARTNERSHIP` | 409 | A partnership you hold a board or admin role in requires a second factor: it cannot be turned off. |  |
         *
         *     **sso**
         *
         *     | code | status | meaning | details |
         *     | --- | --- | --- | --- |
         *     | `SSO_CONFIGURATION_NOT_FOUND` | 404 | No such SSO configuration, or not visible to you. |  |
         *     | `SSO_DOMAIN_CLAIMED` | 409 | An email domain of the configuration is already claimed by another approved configuration: a domain is served by one configuration across the platform. | `{ domains: string[] }` |
         *     | `SSO_REQUIRED` | 403 | This email's organisation signs in with its own account (single sign-on): password sign-in, password resets and setting a password are off for it. |  |
         *
         *     **actions**
         *
         *     | code | status | meaning | details |
         *     | --- | --- | --- | --- |
         *     | `ACTION_NOT_YOURS` | 403 | A contributor changes the actions on indicators assigned to them and, as an action's owner, its progress (status, due date, notes); the rest, and actions on the audit as a whole, are the agency leads'. `details.rights` is what the person may change of it (`progress` or `none`). | `{ rights: 'progress' | 'none', fields: string[] }` |
         *     | `ACTION_PLAN_SETTLED` | 409 | The audit is submitted or accepted: an action's progress (status, notes, due date with a reason) can still change, but not its description or owner. | `{ status: AuditStatus, fields: string[] }` |
         *     | `ACTION_CARRIED_OVER` | 409 | The action was raised in an earlier audit and is in this plan because it is still open: it is dropped (with a reason), not removed. | `{ raisedInAuditId: string }` |
         *
         *     **evidence**
         *
         *     | code | status | meaning | details |
         *     | --- | --- | --- | --- |
         *     | `EVIDENCE_IN_SUBMISSION` | 409 | The file or link is part of a submitted snapshot, so it cannot be deleted: detach it from the indicators instead. |  |
         *     | `EVIDENCE_ALREADY_ATTACHED` | 409 | The file or link is already attached to this indicator of this audit. |  |
         * @enum {string}
         */
        ErrorCode: "VALIDATION_FAILED" | "RESOURCE_NOT_FOUND" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "PATH_INVALID" | "PATH_TOO_LONG" | "BODY_NOT_JSON" | "BODY_TOO_DEEP" | "BODY_EMPTY" | "BODY_LENGTH_MISMATCH" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UPLOAD_LIMIT_EXCEEDED" | "ALREADY_EXISTS" | "REFERENCE_INVALID" | "VALUE_MISSING" | "INVALID_CHARACTER" | "INVALID_FORMAT" | "BAD_REQUEST" | "SERVICE_UNAVAILABLE" | "INTERNAL_ERROR" | "NOT_SIGNED_IN" | "CREDENTIALS_INVALID" | "CSRF_TOKEN_INVALID" | "ROLE_REQUIRED" | "AUDIT_NOT_SUBMITTED_YET" | "ACCESS_RULE_MISSING" | "PASSWORD_CHANGE_REQUIRED" | "ACCOUNT_LINK_INVALID" | "RATE_LIMITED" | "SIGN_IN_THROTTLED" | "RESPONSE_VERSION_CONFLICT" | "AUDIT_LOCKED" | "AUDIT_TRANSITION_NOT_ALLOWED" | "AUDIT_INCOMPLETE" | "FRESH_ANSWER_NEEDED" | "CARRIED_ANSWERS_CHANGED" | "INDICATOR_NOT_ASSIGNED" | "NOTHING_ASSIGNED" | "MEMBERSHIP_DUPLICATE" | "INVITATION_ANSWERED" | "LAST_PARTNERSHIP_ADMIN" | "SELF_LOCKOUT" | "AGENCY_LEAD_NEEDS_ADMIN" | "CYCLE_STATUS_CHANGE_NOT_ALLOWED" | "CYCLE_OVERLAPS" | "CHALLENGE_RESOLVED" | "FRAMEWORK_INVALID" | "FRAMEWORK_ID_RESERVED" | "FRAMEWORK_OWNER_AMBIGUOUS" | "FRAMEWORK_VERSION_PUBLISHED" | "JOB_NOT_DONE" | "REPORT_PACKS_WAITING" | "PARTNERSHIP_HAS_NO_CYCLE" | "MFA_STEP_INVALID" | "MFA_CODE_INVALID" | "MFA_NOT_ENROLLED" | "MFA_ALREADY_ENROLLED" | "MFA_REQUIRED_BY_PARTNERSHIP" | "SSO_CONFIGURATION_NOT_FOUND" | "SSO_DOMAIN_CLAIMED" | "SSO_REQUIRED" | "ACTION_NOT_YOURS" | "ACTION_PLAN_SETTLED" | "ACTION_CARRIED_OVER" | "EVIDENCE_IN_SUBMISSION" | "EVIDENCE_ALREADY_ATTACHED";
        /**
         * @description Problem codes by feature (and the shape of `params`):
         *
         *     **common**
         *
         *     | code | meaning | params |
         *     | --- | --- | --- |
         *     | `isString` | Must be text. | `{}` |
         *     | `isNotEmpty` | Must not be empty. | `{}` |
         *     | `isInt` | Must be a whole number. | `{}` |
         *     | `isBoolean` | Must be true or false. | `{}` |
         *     | `isArray` | Must be a list. | `{}` |
         *     | `isEmail` | Must be an email address. | `{}` |
         *     | `isUuid` | Must be a UUID. | `{}` |
         *     | `isUrl` | Must be an http or https URL. | `{}` |
         *     | `isIso8601` | Must be a real calendar date, YYYY-MM-DD, from min to max. | `{ min: string, max: string }` |
         *     | `isIn` | Must be one of the values. | `{ values: unknown[] }` |
         *     | `matches` | Must match the pattern (the message says in words). | `{ pattern: string }` |
         *     | `min` | Must be at least min. | `{ min: number }` |
         *     | `max` | Must be at most max. | `{ max: number }` |
         *     | `minLength` | Must have at least min characters. | `{ min: number }` |
         *     | `maxLength` | Must have at most max characters. | `{ max: number }` |
         *     | `arrayMinSize` | Must have at least min items. | `{ min: number }` |
         *     | `arrayMaxSize` | Must have at most max items. | `{ max: number }` |
         *     | `arrayUnique` | Must not list an item twice. | `{}` |
         *     | `nestedValidation` | Must be an object (or a list of objects). | `{}` |
         *     | `unknownProperty` | This property is not part of the request: leave it out. | `{}` |
         *     | `isObject` | The body must be a JSON object (field `body`). | `{}` |
         *     | `unknownValue` | The body must be a JSON object. | `{}` |
         *     | `nulCharacter` | Text must not contain NUL characters. | `{}` |
         *     | `unpairedSurrogate` | Text must be well-formed Unicode: no unpaired UTF-16 surrogate (e.g. \ud800). | `{}` |
         *     | `invalid` | Not valid (a check with no code of its own; see the message). | `{}` |
         *
         *     **auth**
         *
         *     | code | meaning | params |
         *     | --- | --- | --- |
         *     | `passwordTooShort` | The password is shorter than the minimum number of characters. | `{ min: number }` |
         *     | `passwordTooCommon` | The password is on the list of commonly used passwords (alone, or with digits or symbols added before or after). | `{}` |
         *     | `passwordHasAppWords` | The password contains the product's name or a partnership's name. | `{}` |
         *     | `currentPasswordWrong` | The current password is not right. | `{}` |
         *
         *     **audits**
         *
         *     | code | meaning | params |
         *     | --- | --- | --- |
         *     | `levelNotInScale` | The level is not one of the framework's levels. | `{ levels: number[] }` |
         *     | `levelWithNotApplicable` | A level must be left out when the answer is not applicable. | `{}` |
         *     | `notApplicableNotAllowed` | This indicator applies to every agency: it cannot be not applicable. | `{}` |
         *     | `notInFramework` | The indicator or area is not in the audit's framework. | `{ kind: "indicator" | "area" }` |
         *     | `areaOrIndicator` | An assignment gives areaCode or indicatorCode, not both. | `{}` |
         *     | `levelRequired` | Submitting: the indicator needs a level. | `{}` |
         *     | `commentaryRequired` | Submitting: the indicator needs commentary. | `{}` |
         *     | `notApplicableReasonRequired` | Submitting: a not-applicable answer needs a reason. | `{}` |
         *     | `confirmationRequired` | Submitting: the answer was carried forward from the last audit and is not confirmed. | `{}` |
         *     | `freshAnswerRequired` | Submitting: the answer was carried forward but the indicator's wording changed; it needs a new answer. | `{}` |
         *     | `evidenceConfirmationRequired` | Submitting: evidence was carried forward to the indicator from the last audit and nobody has confirmed it is still current (or detached it). | `{}` |
         *
         *     **users**
         *
         *     | code | meaning | params |
         *     | --- | --- | --- |
         *     | `roleNotForMembership` | A role is changed within its kind: partnership admin and board member over a partnership, agency lead and contributor in an organisation. | `{ roles: string[] }` |
         *     | `organisationNotForRole` | This role is held over the partnership: leave out organisationId. | `{ role: string }` |
         *
         *     **cycles**
         *
         *     | code | meaning | params |
         *     | --- | --- | --- |
         *     | `dueNotAfterOpening` | The due date must be after the opening date. | `{}` |
         *
         *     **frameworks**
         *
         *     | code | meaning | params |
         *     | --- | --- | --- |
         *     | `frameworkRule` | A rule of the framework format, in the loader's words (the message). | `{}` |
         *
         *     **evidence**
         *
         *     | code | meaning | params |
         *     | --- | --- | --- |
         *     | `fileRequired` | Choose a file to upload (an empty file counts as none). | `{}` |
         *     | `fileTypeNotAccepted` | The content is not a PDF, an Office document, an image or plain text. | `{}` |
         *     | `fileExtensionMismatch` | The file's name does not end as its content's type does. | `{ type: string, extension: string, expected: string }` |
         *
         *     **notifications**
         *
         *     | code | meaning | params |
         *     | --- | --- | --- |
         *     | `unsubscribeLinkInvalid` | The unsubscribe link is not one this service sent (mistyped, cut short or changed). | `{}` |
         *
         *     **mfa**
         *
         *     | code | meaning | params |
         *     | --- | --- | --- |
         *     | `mfaCodeWrong` | The code from the authenticator app is not right, or has been used already. | `{}` |
         *     | `mfaNotStarted` | No set-up is in progress: start it again (POST /api/account/mfa). | `{}` |
         *
         *     **sso**
         *
         *     | code | meaning | params |
         *     | --- | --- | --- |
         *     | `issuerNotHttps` | The issuer must be an https:// URL. | `{}` |
         *     | `issuerNotTenantSpecific` | A Microsoft Entra ID issuer must name one tenant by its id (https://login.microsoftonline.com/<tenant id>/v2.0), not common, organizations or consumers. | `{}` |
         *
         *     **review**
         *
         *     | code | meaning | params |
         *     | --- | --- | --- |
         *     | `reviewerNotOnBoard` | The person is not a board member of the audit's partnership. | `{}` |
         *
         *     **actions**
         *
         *     | code | meaning | params |
         *     | --- | --- | --- |
         *     | `reasonNeeded` | A note is needed: the reason for moving the due date, or for dropping the action (`params.for` is `dueOn` or `dropped`). | `{}` |
         *     | `oneOwner` | An action has one owner: a person in the organisation (`ownerId`) or a name (`owner`), not both and, for a new action, not neither. | `{}` |
         * @enum {string}
         */
        ProblemCode: "isString" | "isNotEmpty" | "isInt" | "isBoolean" | "isArray" | "isEmail" | "isUuid" | "isUrl" | "isIso8601" | "isIn" | "matches" | "min" | "max" | "minLength" | "maxLength" | "arrayMinSize" | "arrayMaxSize" | "arrayUnique" | "nestedValidation" | "unknownProperty" | "isObject" | "unknownValue" | "nulCharacter" | "unpairedSurrogate" | "invalid" | "passwordTooShort" | "passwordTooCommon" | "passwordHasAppWords" | "currentPasswordWrong" | "levelNotInScale" | "levelWithNotApplicable" | "notApplicableNotAllowed" | "notInFramework" | "areaOrIndicator" | "levelRequired" | "commentaryRequired" | "notApplicableReasonRequired" | "confirmationRequired" | "freshAnswerRequired" | "evidenceConfirmationRequired" | "roleNotForMembership" | "organisationNotForRole" | "dueNotAfterOpening" | "frameworkRule" | "fileRequired" | "fileTypeNotAccepted" | "fileExtensionMismatch" | "unsubscribeLinkInvalid" | "mfaCodeWrong" | "mfaNotStarted" | "issuerNotHttps" | "issuerNotTenantSpecific" | "reviewerNotOnBoard" | "reasonNeeded" | "oneOwner";
        Problem: {
            code: components["schemas"]["ProblemCode"];
            /** @description The check's arguments, e.g. `{ max: 2000 }` for maxLength. */
            params: {
                [key: string]: unknown;
            };
            /** @description The API's English wording: for logs, and for clients that do not know the code. */
            message: string;
        };
        FieldProblem: {
            /** @description Dotted path of the field, e.g. `name` or `memberships.0.organisationId`. */
            field: string;
            problems: components["schemas"]["Problem"][];
        };
        /** @description Every error response. Decide on `code` (stable); `message` is for people and may change. `details` depends on the code (see ErrorCode): field problems (`FieldProblem[]`) for VALIDATION_FAILED, data such as `{ current }` or `{ status }` for some conflicts. */
        ErrorBody: {
            /** @example 409 */
            statusCode: number;
            code: components["schemas"]["ErrorCode"];
            /** @example Conflict */
            error: string;
            message: string;
            /** @description Depends on `code`: see ErrorCode's table. */
            details?: unknown;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type SchemaCsrfDto = components['schemas']['CsrfDto'];
export type SchemaLoginDto = components['schemas']['LoginDto'];
export type SchemaMembershipView = components['schemas']['MembershipView'];
export type SchemaMeDto = components['schemas']['MeDto'];
export type SchemaMfaStepDto = components['schemas']['MfaStepDto'];
export type SchemaChangePasswordDto = components['schemas']['ChangePasswordDto'];
export type SchemaInvitationDto = components['schemas']['InvitationDto'];
export type SchemaInvitationLinkDto = components['schemas']['InvitationLinkDto'];
export type SchemaSetPasswordFromLinkDto = components['schemas']['SetPasswordFromLinkDto'];
export type SchemaPasswordResetRequestDto = components['schemas']['PasswordResetRequestDto'];
export type SchemaPasswordResetRequestedDto = components['schemas']['PasswordResetRequestedDto'];
export type SchemaSessionDto = components['schemas']['SessionDto'];
export type SchemaMfaVerifyDto = components['schemas']['MfaVerifyDto'];
export type SchemaMfaEnrolmentDto = components['schemas']['MfaEnrolmentDto'];
export type SchemaMfaCodeDto = components['schemas']['MfaCodeDto'];
export type SchemaMfaEnrolledSignInDto = components['schemas']['MfaEnrolledSignInDto'];
export type SchemaMfaStatusDto = components['schemas']['MfaStatusDto'];
export type SchemaMfaRecoveryCodesDto = components['schemas']['MfaRecoveryCodesDto'];
export type SchemaMfaDisableDto = components['schemas']['MfaDisableDto'];
export type SchemaMfaPolicyDto = components['schemas']['MfaPolicyDto'];
export type SchemaSsoConfigurationDto = components['schemas']['SsoConfigurationDto'];
export type SchemaCreateSsoConfigurationDto = components['schemas']['CreateSsoConfigurationDto'];
export type SchemaUpdateSsoConfigurationDto = components['schemas']['UpdateSsoConfigurationDto'];
export type SchemaSsoDiscoverDto = components['schemas']['SsoDiscoverDto'];
export type SchemaSsoDiscoveryDto = components['schemas']['SsoDiscoveryDto'];
export type SchemaHealthDto = components['schemas']['HealthDto'];
export type SchemaPartnershipDto = components['schemas']['PartnershipDto'];
export type SchemaCreatePartnershipDto = components['schemas']['CreatePartnershipDto'];
export type SchemaComplianceDto = components['schemas']['ComplianceDto'];
export type SchemaOrganisationDto = components['schemas']['OrganisationDto'];
export type SchemaOrganisationPageDto = components['schemas']['OrganisationPageDto'];
export type SchemaCreateOrganisationDto = components['schemas']['CreateOrganisationDto'];
export type SchemaUpdateOrganisationDto = components['schemas']['UpdateOrganisationDto'];
export type SchemaUserMembershipDto = components['schemas']['UserMembershipDto'];
export type SchemaPartnershipPersonDto = components['schemas']['PartnershipPersonDto'];
export type SchemaMembershipInput = components['schemas']['MembershipInput'];
export type SchemaCreatePartnershipUserDto = components['schemas']['CreatePartnershipUserDto'];
export type SchemaAddedRoleDto = components['schemas']['AddedRoleDto'];
export type SchemaAddedPersonDto = components['schemas']['AddedPersonDto'];
export type SchemaUserDto = components['schemas']['UserDto'];
export type SchemaAddMemberDto = components['schemas']['AddMemberDto'];
export type SchemaPendingInvitationDto = components['schemas']['PendingInvitationDto'];
export type SchemaChangeRoleDto = components['schemas']['ChangeRoleDto'];
export type SchemaFrameworkVersionSummaryDto = components['schemas']['FrameworkVersionSummaryDto'];
export type SchemaFrameworkSummaryDto = components['schemas']['FrameworkSummaryDto'];
export type SchemaImportFrameworkDto = components['schemas']['ImportFrameworkDto'];
export type SchemaImportResultDto = components['schemas']['ImportResultDto'];
export type SchemaFrameworkVersionDto = components['schemas']['FrameworkVersionDto'];
export type SchemaIndicatorSummaryDto = components['schemas']['IndicatorSummaryDto'];
export type SchemaChangedIndicatorDto = components['schemas']['ChangedIndicatorDto'];
export type SchemaFrameworkDiffDto = components['schemas']['FrameworkDiffDto'];
export type SchemaCycleAuditCountsDto = components['schemas']['CycleAuditCountsDto'];
export type SchemaOverlappingCycleDto = components['schemas']['OverlappingCycleDto'];
export type SchemaCycleDto = components['schemas']['CycleDto'];
export type SchemaCreateCycleDto = components['schemas']['CreateCycleDto'];
export type SchemaUpdateCycleDto = components['schemas']['UpdateCycleDto'];
export type SchemaOrganisationRefDto = components['schemas']['OrganisationRefDto'];
export type SchemaCycleRefDto = components['schemas']['CycleRefDto'];
export type SchemaAuditCountsDto = components['schemas']['AuditCountsDto'];
export type SchemaNamedRefDto = components['schemas']['NamedRefDto'];
export type SchemaAuditSummaryDto = components['schemas']['AuditSummaryDto'];
export type SchemaResponseDto = components['schemas']['ResponseDto'];
export type SchemaEvidenceFileDto = components['schemas']['EvidenceFileDto'];
export type SchemaSubmissionRefDto = components['schemas']['SubmissionRefDto'];
export type SchemaIndicatorScoreDto = components['schemas']['IndicatorScoreDto'];
export type SchemaStandardScoreDto = components['schemas']['StandardScoreDto'];
export type SchemaAreaScoreDto = components['schemas']['AreaScoreDto'];
export type SchemaOverallScoreDto = components['schemas']['OverallScoreDto'];
export type SchemaAuditScoreDto = components['schemas']['AuditScoreDto'];
export type SchemaAuditDto = components['schemas']['AuditDto'];
export type SchemaSaveResponseDto = components['schemas']['SaveResponseDto'];
export type SchemaConfirmStandardDto = components['schemas']['ConfirmStandardDto'];
export type SchemaAssignmentDto = components['schemas']['AssignmentDto'];
export type SchemaAssignmentInput = components['schemas']['AssignmentInput'];
export type SchemaSaveAssignmentsDto = components['schemas']['SaveAssignmentsDto'];
export type SchemaPartDoneDto = components['schemas']['PartDoneDto'];
export type SchemaReturnAuditDto = components['schemas']['ReturnAuditDto'];
export type SchemaAuditEventDto = components['schemas']['AuditEventDto'];
export type SchemaUploadEvidenceDto = components['schemas']['UploadEvidenceDto'];
export type SchemaAddEvidenceLinkDto = components['schemas']['AddEvidenceLinkDto'];
export type SchemaAttachEvidenceDto = components['schemas']['AttachEvidenceDto'];
export type SchemaEvidenceUseDto = components['schemas']['EvidenceUseDto'];
export type SchemaEvidenceItemDto = components['schemas']['EvidenceItemDto'];
export type SchemaActionDto = components['schemas']['ActionDto'];
export type SchemaCreateActionDto = components['schemas']['CreateActionDto'];
export type SchemaUpdateActionDto = components['schemas']['UpdateActionDto'];
export type SchemaActionUpdateDto = components['schemas']['ActionUpdateDto'];
export type SchemaAgencyActionProgressDto = components['schemas']['AgencyActionProgressDto'];
export type SchemaDoneActionDto = components['schemas']['DoneActionDto'];
export type SchemaActionProgressDto = components['schemas']['ActionProgressDto'];
export type SchemaChallengeMessageDto = components['schemas']['ChallengeMessageDto'];
export type SchemaChallengeDto = components['schemas']['ChallengeDto'];
export type SchemaRaiseChallengeDto = components['schemas']['RaiseChallengeDto'];
export type SchemaReplyDto = components['schemas']['ReplyDto'];
export type SchemaScoreCellDto = components['schemas']['ScoreCellDto'];
export type SchemaDashboardCycleDto = components['schemas']['DashboardCycleDto'];
export type SchemaCycleNameDto = components['schemas']['CycleNameDto'];
export type SchemaDashboardFiltersDto = components['schemas']['DashboardFiltersDto'];
export type SchemaCompletionDto = components['schemas']['CompletionDto'];
export type SchemaOverallFigureDto = components['schemas']['OverallFigureDto'];
export type SchemaAreaFigureDto = components['schemas']['AreaFigureDto'];
export type SchemaPartnershipFiguresDto = components['schemas']['PartnershipFiguresDto'];
export type SchemaHeatMapRowDto = components['schemas']['HeatMapRowDto'];
export type SchemaHeatMapPageDto = components['schemas']['HeatMapPageDto'];
export type SchemaSectorFigureDto = components['schemas']['SectorFigureDto'];
export type SchemaIndicatorFigureDto = components['schemas']['IndicatorFigureDto'];
export type SchemaOverdueAgencyDto = components['schemas']['OverdueAgencyDto'];
export type SchemaDashboardOverdueAgenciesDto = components['schemas']['DashboardOverdueAgenciesDto'];
export type SchemaDashboardChallengeDto = components['schemas']['DashboardChallengeDto'];
export type SchemaDashboardChallengesDto = components['schemas']['DashboardChallengesDto'];
export type SchemaDashboardActionDto = components['schemas']['DashboardActionDto'];
export type SchemaDashboardActionsDto = components['schemas']['DashboardActionsDto'];
export type SchemaPartnershipDashboardDto = components['schemas']['PartnershipDashboardDto'];
export type SchemaOverdueAgenciesPageDto = components['schemas']['OverdueAgenciesPageDto'];
export type SchemaDashboardOrganisationDto = components['schemas']['DashboardOrganisationDto'];
export type SchemaAuditCycleDto = components['schemas']['AuditCycleDto'];
export type SchemaRadarAreaDto = components['schemas']['RadarAreaDto'];
export type SchemaRadarDto = components['schemas']['RadarDto'];
export type SchemaHistoryEntryDto = components['schemas']['HistoryEntryDto'];
export type SchemaOrganisationActionDto = components['schemas']['OrganisationActionDto'];
export type SchemaOrganisationChallengeDto = components['schemas']['OrganisationChallengeDto'];
export type SchemaOrganisationDashboardDto = components['schemas']['OrganisationDashboardDto'];
export type SchemaLevelStateDto = components['schemas']['LevelStateDto'];
export type SchemaLevelChangeDto = components['schemas']['LevelChangeDto'];
export type SchemaCommentaryChangeDto = components['schemas']['CommentaryChangeDto'];
export type SchemaChangedFileDto = components['schemas']['ChangedFileDto'];
export type SchemaEvidenceChangesDto = components['schemas']['EvidenceChangesDto'];
export type SchemaLinkChangesDto = components['schemas']['LinkChangesDto'];
export type SchemaActionFieldChangeDto = components['schemas']['ActionFieldChangeDto'];
export type SchemaActionChangeDto = components['schemas']['ActionChangeDto'];
export type SchemaIndicatorChangesDto = components['schemas']['IndicatorChangesDto'];
export type SchemaChangesSinceReturnDto = components['schemas']['ChangesSinceReturnDto'];
export type SchemaSetReviewerDto = components['schemas']['SetReviewerDto'];
export type SchemaReviewerRefDto = components['schemas']['ReviewerRefDto'];
export type SchemaReviewerDto = components['schemas']['ReviewerDto'];
export type SchemaJobDto = components['schemas']['JobDto'];
export type SchemaNotificationDto = components['schemas']['NotificationDto'];
export type SchemaNotificationListDto = components['schemas']['NotificationListDto'];
export type SchemaKindPreferenceDto = components['schemas']['KindPreferenceDto'];
export type SchemaNotificationPreferencesDto = components['schemas']['NotificationPreferencesDto'];
export type SchemaUpdateNotificationPreferencesDto = components['schemas']['UpdateNotificationPreferencesDto'];
export type SchemaUnsubscribeDto = components['schemas']['UnsubscribeDto'];
export type SchemaReminderSettingsDto = components['schemas']['ReminderSettingsDto'];
export type SchemaComingReminderDto = components['schemas']['ComingReminderDto'];
export type SchemaCycleRemindersDto = components['schemas']['CycleRemindersDto'];
export type SchemaAwaitingDecisionDto = components['schemas']['AwaitingDecisionDto'];
export type SchemaAwaitingDecisionCycleDto = components['schemas']['AwaitingDecisionCycleDto'];
export type SchemaAwaitingDecisionListDto = components['schemas']['AwaitingDecisionListDto'];
export type SchemaChallengeReplyDto = components['schemas']['ChallengeReplyDto'];
export type SchemaChallengeReplyListDto = components['schemas']['ChallengeReplyListDto'];
export type SchemaBoardAttentionDto = components['schemas']['BoardAttentionDto'];
export type SchemaAgencyAuditDto = components['schemas']['AgencyAuditDto'];
export type SchemaAgencyAuditListDto = components['schemas']['AgencyAuditListDto'];
export type SchemaActionDueDto = components['schemas']['ActionDueDto'];
export type SchemaActionDueListDto = components['schemas']['ActionDueListDto'];
export type SchemaAgencyAttentionDto = components['schemas']['AgencyAttentionDto'];
export type SchemaAssignedAuditDto = components['schemas']['AssignedAuditDto'];
export type SchemaAssignedAuditListDto = components['schemas']['AssignedAuditListDto'];
export type SchemaContributorAttentionDto = components['schemas']['ContributorAttentionDto'];
export type SchemaNotStartedDto = components['schemas']['NotStartedDto'];
export type SchemaNotStartedListDto = components['schemas']['NotStartedListDto'];
export type SchemaFailedMailDto = components['schemas']['FailedMailDto'];
export type SchemaFailedMailListDto = components['schemas']['FailedMailListDto'];
export type SchemaAdminAttentionDto = components['schemas']['AdminAttentionDto'];
export type SchemaAttentionDto = components['schemas']['AttentionDto'];
export type SchemaSentMailDto = components['schemas']['SentMailDto'];
export type SchemaErrorCode = components['schemas']['ErrorCode'];
export type SchemaProblemCode = components['schemas']['ProblemCode'];
export type SchemaProblem = components['schemas']['Problem'];
export type SchemaFieldProblem = components['schemas']['FieldProblem'];
export type SchemaErrorBody = components['schemas']['ErrorBody'];
export type $defs = Record<string, never>;
export interface operations {
    auth_csrf: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CsrfDto"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    auth_login: {
        parameters: {
            query?: never;
            header: {
                /** @description Value of the pies_csrf cookie. */
                "X-CSRF-Token": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description The password is right and a second factor is next (mfa/README.md): no session yet; the httpOnly pies_mfa cookie (5 minutes) names this sign-in to POST /api/auth/mfa/verify, or to POST /api/auth/mfa/enrolment when one must be set up. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaStepDto"];
                };
            };
            /** @description Email or password is not right (the same answer for both). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many failed sign-ins from this client, on this account or from this address: wait Retry-After seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    auth_logout: {
        parameters: {
            query?: never;
            header: {
                /** @description Value of the pies_csrf cookie. */
                "X-CSRF-Token": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    auth_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many wrong current passwords: wait Retry-After seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    auth_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    accountLinks_describeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The link from the mail: the part after /invitation/ or /reset-password/. */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationLinkDto"];
                };
            };
            /** @description ACCOUNT_LINK_INVALID: the link is not one, has expired, has been used, or a newer one was sent (one answer for all). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGN_IN_THROTTLED: counted like sign-ins (auth/README.md): wait Retry-After seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    accountLinks_acceptInvitation: {
        parameters: {
            query?: never;
            header: {
                /** @description Value of the pies_csrf cookie. */
                "X-CSRF-Token": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPasswordFromLinkDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description ACCOUNT_LINK_INVALID: the link is not one, has expired, has been used, or a newer one was sent (one answer for all). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGN_IN_THROTTLED: counted like sign-ins (auth/README.md): wait Retry-After seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    accountLinks_requestReset: {
        parameters: {
            query?: never;
            header: {
                /** @description Value of the pies_csrf cookie. */
                "X-CSRF-Token": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequestDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetRequestedDto"];
                };
            };
            /** @description SIGN_IN_THROTTLED: counted like sign-ins (auth/README.md): wait Retry-After seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    accountLinks_completeReset: {
        parameters: {
            query?: never;
            header: {
                /** @description Value of the pies_csrf cookie. */
                "X-CSRF-Token": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPasswordFromLinkDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description ACCOUNT_LINK_INVALID: the link is not one, has expired, has been used, or a newer one was sent (one answer for all). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description SIGN_IN_THROTTLED: counted like sign-ins (auth/README.md): wait Retry-After seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    accountSessions_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"][];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    accountSessions_endOthers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    accountSessions_end: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    mfaSignIn_verify: {
        parameters: {
            query?: never;
            header: {
                /** @description Value of the pies_csrf cookie. */
                "X-CSRF-Token": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MfaVerifyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Neither a 6-digit code nor a recovery code. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description MFA_STEP_INVALID: no sign-in waiting for this step (sign in again); MFA_CODE_INVALID: the code is not right or has been used. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many failed tries: wait Retry-After seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    mfaSignIn_startEnrolment: {
        parameters: {
            query?: never;
            header: {
                /** @description Value of the pies_csrf cookie. */
                "X-CSRF-Token": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaEnrolmentDto"];
                };
            };
            /** @description MFA_STEP_INVALID: no sign-in waiting for this step (sign in again); MFA_CODE_INVALID: the code is not right or has been used. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    mfaSignIn_confirmEnrolment: {
        parameters: {
            query?: never;
            header: {
                /** @description Value of the pies_csrf cookie. */
                "X-CSRF-Token": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MfaCodeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaEnrolledSignInDto"];
                };
            };
            /** @description Not a 6-digit code, or no set-up started. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description MFA_STEP_INVALID: no sign-in waiting for this step (sign in again); MFA_CODE_INVALID: the code is not right or has been used. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many failed tries: wait Retry-After seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    accountMfa_status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaStatusDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    accountMfa_start: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaEnrolmentDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description MFA_ALREADY_ENROLLED: turn the current one off first. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    accountMfa_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MfaCodeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaRecoveryCodesDto"];
                };
            };
            /** @description The code is not right, or no set-up was started. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many failed tries: wait Retry-After seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    accountMfa_disable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MfaDisableDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The password or the code is not right. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description MFA_REQUIRED_BY_PARTNERSHIP, or MFA_NOT_ENROLLED: nothing to turn off. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many failed tries: wait Retry-After seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    accountMfa_regenerate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MfaCodeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaRecoveryCodesDto"];
                };
            };
            /** @description The code is not right. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description MFA_NOT_ENROLLED: no authenticator is set up. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Too many failed tries: wait Retry-After seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    mfaAdmin_getPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnershipId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaPolicyDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    mfaAdmin_setPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnershipId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MfaPolicyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaPolicyDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    mfaAdmin_reset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ssoConfigurations_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SsoConfigurationDto"][];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ssoConfigurations_listForPartnership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnershipId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SsoConfigurationDto"][];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ssoConfigurations_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnershipId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSsoConfigurationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SsoConfigurationDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain is claimed by another approved configuration. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ssoConfigurations_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ssoConfigurationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Withdrawn. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ssoConfigurations_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ssoConfigurationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSsoConfigurationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SsoConfigurationDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain is claimed by another approved configuration. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ssoConfigurations_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ssoConfigurationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SsoConfigurationDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A domain is claimed by another approved configuration. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ssoSignIn_discover: {
        parameters: {
            query?: never;
            header: {
                /** @description Value of the pies_csrf cookie. */
                "X-CSRF-Token": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SsoDiscoverDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SsoDiscoveryDto"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ssoSignIn_start: {
        parameters: {
            query: {
                email: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the provider's sign-in page, or to /sign-in/problem. */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ssoSignIn_callback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the web app, signed in; or to /sign-in/problem. */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    health_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description The database does not answer. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    partnerships_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnershipDto"][];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin, board_member, agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    partnerships_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePartnershipDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnershipDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description A partnership with this name exists. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    partnerships_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnershipId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnershipDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin, board_member, agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    organisations_list: {
        parameters: {
            query?: {
                page?: unknown;
                pageSize?: unknown;
                sector?: "education" | "early_years" | "health" | "police" | "childrens_social_care" | "local_authority" | "voluntary_community_faith" | "sport_leisure" | "private_provider" | "other";
                /** @description Part of the name, case-insensitive. */
                search?: string;
            };
            header?: never;
            path: {
                partnershipId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPageDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin, board_member. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    organisations_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnershipId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganisationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    organisations_link: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
                partnershipId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    organisations_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin, board_member, agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    organisations_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganisationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    users_listInPartnership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnershipId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnershipPersonDto"][];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    users_createInPartnership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnershipId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePartnershipUserDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddedPersonDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    users_listMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"][];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin, agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    users_addMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddMemberDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddedPersonDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin, agency_lead. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    invitations_listMine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationDto"][];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    invitations_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Already accepted or declined. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    invitations_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Already accepted or declined. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    memberships_listPending: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnershipId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PendingInvitationDto"][];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    memberships_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                membershipId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description LAST_PARTNERSHIP_ADMIN: the partnership would have no admin; SELF_LOCKOUT: your own admin role. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    memberships_changeRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                membershipId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeRoleDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description LAST_PARTNERSHIP_ADMIN: the partnership would have no admin; SELF_LOCKOUT: your own admin role; ALREADY_EXISTS: the person holds that role there already. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    memberships_resendInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                membershipId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description INVITATION_ANSWERED: the role has been accepted. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    accounts_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description LAST_PARTNERSHIP_ADMIN: a partnership would have no admin; SELF_LOCKOUT: your own account. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    accounts_reactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    frameworks_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrameworkSummaryDto"][];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin, board_member, agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    frameworks_import: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportFrameworkDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResultDto"];
                };
            };
            /** @description The file has problems; `details` lists each with its path (`field`) and, where it can be found, its `line`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /**
             * @description The framework id is reserved for the platform's frameworks.
             *
             *     Needs one of: platform_admin, partnership_admin.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description This version is published with other content. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    frameworks_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                frameworkId: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrameworkVersionDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin, board_member, agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    frameworks_yaml: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                frameworkId: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description UTF-8 YAML, as an attachment named after the version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin, board_member, agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    frameworks_diff: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path: {
                frameworkId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrameworkDiffDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin, board_member, agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    cycles_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnershipId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleDto"][];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin, board_member, agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    cycles_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnershipId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCycleDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    cycles_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin, board_member, agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    cycles_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCycleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    audits_listForCycle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditSummaryDto"][];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin, board_member. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    audits_listForOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditSummaryDto"][];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin, board_member, agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    audits_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                auditId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin, board_member, agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    audits_score: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                auditId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditScoreDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin, board_member, agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    audits_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                auditId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: agency_lead. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    audits_saveResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                auditId: string;
                indicatorCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveResponseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Changed by someone else since you loaded it (details.current), or the audit is submitted. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    audits_confirmResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                auditId: string;
                indicatorCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description FRESH_ANSWER_NEEDED: the indicator's wording changed; save a new answer. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    audits_confirmStandard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                auditId: string;
                /** @description A standard of the audit's framework. */
                standardCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmStandardDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseDto"][];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description CARRIED_ANSWERS_CHANGED: the answers waiting are not the ones sent. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    audits_assignments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                auditId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentDto"][];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    audits_saveAssignments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                auditId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveAssignmentsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentDto"][];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: agency_lead. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    audits_markMyPartDone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                auditId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartDoneDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    audits_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                auditId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: agency_lead. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Indicators still need answers; `details` lists every code. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    audits_returnAudit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                auditId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnAuditDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: partnership_admin, board_member. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    audits_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                auditId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: partnership_admin, board_member. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    audits_events: {
        parameters: {
            query?: {
                /** @description Return events after this id (for paging). */
                after?: string;
                limit?: unknown;
            };
            header?: never;
            path: {
                auditId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventDto"][];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin, board_member, agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    evidence_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                auditId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadEvidenceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceFileDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Larger than EVIDENCE_MAX_MB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    evidence_addLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                auditId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddEvidenceLinkDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceFileDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    evidence_attach: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                auditId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachEvidenceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceFileDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    evidence_detach: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                auditId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachEvidenceDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    evidence_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                auditId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachEvidenceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceFileDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    evidence_library: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceItemDto"][];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    evidence_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                evidenceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin, board_member, agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    evidence_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                evidenceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    actions_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                auditId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionDto"][];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin, board_member, agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    actions_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                auditId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateActionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    actions_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                actionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    actions_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                actionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateActionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    actions_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                actionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionUpdateDto"][];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin, board_member, agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    actions_progress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionProgressDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin, board_member. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    challenges_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                auditId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChallengeDto"][];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin, board_member, agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    challenges_raise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                auditId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RaiseChallengeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChallengeDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: partnership_admin, board_member. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    challenges_reply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChallengeDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: agency_lead, agency_contributor, partnership_admin, board_member. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    challenges_resolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChallengeDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: partnership_admin, board_member. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    dashboards_partnershipDashboard: {
        parameters: {
            query?: {
                page?: unknown;
                pageSize?: unknown;
                sector?: "education" | "early_years" | "health" | "police" | "childrens_social_care" | "local_authority" | "voluntary_community_faith" | "sport_leisure" | "private_provider" | "other";
                /** @description Default: the newest open cycle, else the newest. */
                cycleId?: string;
                /** @description Count only audits in this state (default: all three board-visible states). */
                state?: "submitted" | "returned" | "accepted";
                /** @description Heat map order; a leading - sorts descending. */
                sort?: "name" | "overall" | "P" | "I" | "E" | "S" | "sector" | "status" | "-overall" | "-P" | "-I" | "-E" | "-S" | "-name";
            };
            header?: never;
            path: {
                partnershipId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Dashboard figures; `countedStates` says which audit states were counted. The `ETag` header is a hash of the body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartnershipDashboardDto"];
                };
            };
            /** @description Not modified: `If-None-Match` names the ETag of the figures as they are now. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin, board_member. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    dashboards_overdueAgencies: {
        parameters: {
            query?: {
                page?: unknown;
                pageSize?: unknown;
                sector?: "education" | "early_years" | "health" | "police" | "childrens_social_care" | "local_authority" | "voluntary_community_faith" | "sport_leisure" | "private_provider" | "other";
            };
            header?: never;
            path: {
                partnershipId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverdueAgenciesPageDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin, board_member. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    dashboards_organisationDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Organisation dashboard. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDashboardDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin, board_member, agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    reports_agencyReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                auditId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A4 PDF with outline, page numbers and protective marking. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin, board_member, agency_lead, agency_contributor. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    reports_boardReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A4 PDF with outline, page numbers and protective marking. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin, board_member. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    reports_responsesCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description UTF-8 CSV with a header row. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin, board_member. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    reports_workbook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Numbers as numbers, dates as dates, frozen header rows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin, board_member. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    review_changesSinceReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                auditId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangesSinceReturnDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin, board_member. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    review_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                auditId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetReviewerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewerDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: partnership_admin, board_member. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    review_unassign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                auditId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewerDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: partnership_admin, board_member. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    partnershipExport_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnershipId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    partnershipExport_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                exportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    partnershipExport_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                exportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ZIP. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    notifications_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationListDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    notifications_markAllRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    notifications_preferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    notifications_updatePreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNotificationPreferencesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    notifications_unsubscribeLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The link from the mail. */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsubscribeDto"];
                };
            };
            /** @description VALIDATION_FAILED naming `token` (unsubscribeLinkInvalid): not a link this service sent. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    notifications_unsubscribe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The link from the mail. */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsubscribeDto"];
                };
            };
            /** @description VALIDATION_FAILED naming `token` (unsubscribeLinkInvalid): not a link this service sent. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    reminders_settings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnershipId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderSettingsDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    reminders_updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnershipId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReminderSettingsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReminderSettingsDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    reminders_coming: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleRemindersDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    attention_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttentionDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    sentMail_all: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SentMailDto"][];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    sentMail_ofPartnership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnershipId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SentMailDto"][];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    jobs_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cycleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin, board_member. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description The partnership has 3 packs waiting or being built; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    jobs_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDto"];
                };
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin, board_member. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    jobs_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ZIP. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the session has expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Needs one of: platform_admin, partnership_admin, board_member. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No such resource, or not visible to you. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Any other error (e.g. 400 VALIDATION_FAILED): an ErrorBody. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
