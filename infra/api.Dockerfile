# Praxis API image: the compiled NestJS server (dist/apps/api/main.js) and its production dependencies.
# Build from the repository root: docker build -f infra/api.Dockerfile .

# ---- build: install everything, compile the API and the libraries it loads at run time ----
FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true

# The workspaces (libs/*) must be present for npm to link them into node_modules.
COPY package.json package-lock.json ./
COPY libs ./libs
# npm install, not npm ci: the lockfile is written on one platform and lacks other platforms' optional
# native packages (nx, swc), which npm install adds.
RUN npm install --no-audit --no-fund

COPY . .
RUN npx nx run-many -t build -p api contracts \
 && npm prune --omit=dev --no-audit --no-fund

# ---- runtime: no compilers, no dev dependencies, not root ----
FROM node:24-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    WEB_DIST=""

# Files stay owned by root (read-only for the process); only the data folder is the node user's.
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
# Workspace libraries: node_modules/@praxis/* are links into libs/, whose package.json points at dist/.
COPY --from=build /app/libs ./libs
COPY --from=build /app/dist/apps/api ./dist/apps/api
RUN mkdir -p /app/.data && chown node:node /app/.data

USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# The API applies pending migrations on boot, then listens.
CMD ["node", "dist/apps/api/main.js"]
