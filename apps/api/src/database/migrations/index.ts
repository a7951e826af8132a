import { Identity1795450497779 } from './1795450497779-Identity';

/** Every committed migration, oldest first. `db-generate` writes new ones; add them here. */
export const MIGRATIONS = [Identity1795450497779];
