# The service image used by docker-compose.yml. Neo4j runs in its own container there.
# Stage 1 compiles src/ to dist/ (tsc is a devDependency); stage 2 holds only production dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts
COPY --from=build /app/dist ./dist
COPY schema ./schema
COPY seed ./seed
COPY explorer ./explorer
COPY neo4j/pom.xml ./neo4j/pom.xml
ENV NODE_ENV=production
# The same memory bounds as `npm start` (NODE_HEAP_MB, NODE_SEMI_SPACE_MB): flat RSS under load.
ENV NODE_OPTIONS="--max-old-space-size=256 --max-semi-space-size=4"
USER node
EXPOSE 4000
CMD ["node", "dist/server/main.js"]
