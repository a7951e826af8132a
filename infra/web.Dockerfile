# Praxis web image: the Vite build of apps/web, served by nginx, which also proxies the API.
# Build from the repository root: docker build -f infra/web.Dockerfile .

# ---- build ----
FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true

COPY package.json package-lock.json ./
COPY libs ./libs
# npm install, not npm ci: the lockfile lacks other platforms' optional native packages.
RUN npm install --no-audit --no-fund

COPY . .
RUN npx nx run web:build

# ---- serve ----
FROM nginx:alpine
COPY infra/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist/apps/web /usr/share/nginx/html
EXPOSE 80
