// Praxis needs Node 24.11 or newer (TypeORM 1 and pg-boss refuse earlier releases).
export function assertNodeVersion() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major > 24 || (major === 24 && minor >= 11)) return;
  console.error(
    `Praxis needs Node.js 24.11 or newer; this is ${process.version}.\n` +
      'Install Node 24 LTS (https://nodejs.org, or `nvm install` in this folder, which reads .nvmrc) and try again.',
  );
  process.exit(1);
}
