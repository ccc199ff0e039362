//! The engine in service, swappable at run time: `SIGHUP` (or, later, an admin action)
//! reloads the rules and the directory. A new engine replaces the old one only when both
//! load without error, in one step; requests in flight keep the engine they started with.
//!
//! The engine is the one snapshot of rules and directory: it holds the directory it
//! routes into, and [`crate::state::AppState::directory`] reads the directory from the
//! current engine, so handlers never see rules of one load over a directory of another.

use std::path::Path;
use std::sync::{Arc, RwLock};

use super::{Engine, EngineSettings, RuleSet};
use crate::directory::Directory;

/// The current engine (rules and directory together).
#[derive(Debug)]
pub struct EngineHandle(RwLock<Arc<Engine>>);

impl EngineHandle {
    /// Holds `engine` as the current one.
    pub fn new(engine: Engine) -> Self {
        Self(RwLock::new(Arc::new(engine)))
    }

    /// The engine to decide with now.
    pub fn current(&self) -> Arc<Engine> {
        Arc::clone(&self.0.read().unwrap_or_else(std::sync::PoisonError::into_inner))
    }

    /// Loads the directory and rules again; on success swaps them in and returns the new
    /// rules version, on failure keeps the running engine and returns why.
    pub fn reload(
        &self,
        directory_dir: &Path,
        rules_dir: &Path,
        settings: EngineSettings,
    ) -> anyhow::Result<String> {
        let engine = load_engine(directory_dir, rules_dir, settings)?;
        let version = engine.rules_version().to_owned();
        *self.0.write().unwrap_or_else(std::sync::PoisonError::into_inner) = Arc::new(engine);
        Ok(version)
    }
}

/// Loads a directory and a rule set into an engine; errors name file and line.
pub fn load_engine(
    directory_dir: &Path,
    rules_dir: &Path,
    settings: EngineSettings,
) -> anyhow::Result<Engine> {
    let directory = Arc::new(Directory::load(directory_dir).map_err(|e| anyhow::anyhow!("{e}"))?);
    let rules = RuleSet::load(rules_dir, &directory).map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(Engine::new(rules, directory, settings))
}
