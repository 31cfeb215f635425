# syntax=docker/dockerfile:1
# Production image: builds the API and serves it on port 3000. PostgreSQL comes from
# DATABASE_URL (see docker-compose.yml); the embedded database is for local use only.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim
# Chromium prints the PDF reports; Debian's package brings the libraries it needs.
RUN apt-get update && apt-get install -y --no-install-recommends chromium fonts-dejavu-core \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 CHROMIUM_PATH=/usr/bin/chromium
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/templates ./templates
# The command line, Node's memory flags included, is package.json's start:api: the one place
# it is set (npm start and the benchmark run it too). Kept as a file and exec'd, so the API is
# PID 1 and gets SIGTERM, and no npm process stays resident beside it.
RUN node -p "require('./package.json').scripts['start:api']" > start-api.cmd
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["sh", "-c", "exec $(cat start-api.cmd)"]
