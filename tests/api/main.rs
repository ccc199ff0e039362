//! The one integration test binary: every test talks to a real server on a random port
//! with a fresh database (SQLite by default, PostgreSQL with `TEST_DATABASE_URL`).

#![expect(clippy::unwrap_used, reason = "a test fails loudly on any unexpected error")]
#![expect(unreachable_pub, reason = "helpers are shared by the test modules")]

mod helpers;

mod accessibility;
mod audit;
mod audit_chain;
mod case_access;
mod chat;
mod chat_callback_decision;
mod consent_recipients;
mod console;
mod console_admin;
mod console_authz;
mod console_callbacks;
mod console_claim;
mod console_decisions;
mod console_facts;
mod console_live;
mod console_referrals;
mod directory_facts;
mod facts_forms;
mod flags_notices;
mod floods;
mod hardening;
mod health;
mod host_texts;
mod i18n;
mod inbox;
mod intake;
mod log_filter;
mod migrations;
mod multi_instance;
mod municipal_api;
mod notify;
mod onion;
mod org_inbox;
mod org_webhooks;
mod privacy;
mod promises;
mod protected_referrals;
mod receipt;
mod reload;
mod resilience;
mod route_authz;
mod route_table;
mod sealed_quasi;
mod sealed_referrals;
mod security;
mod sessions;
mod slow_writes;
mod traces;
mod triage_preview;
mod triage_rules;
mod triage_scenarios;
mod triage_tools;
mod young_form;
