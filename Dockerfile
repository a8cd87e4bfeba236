# The service image used by docker-compose.yml. Neo4j runs in its own container there.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts
COPY tsconfig.json ./
COPY src ./src
COPY schema ./schema
COPY seed ./seed
COPY explorer ./explorer
COPY neo4j/pom.xml ./neo4j/pom.xml
ENV NODE_ENV=production
USER node
EXPOSE 4000
CMD ["node", "--import", "tsx", "src/server/main.ts"]
