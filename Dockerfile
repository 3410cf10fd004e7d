# The hub image: the same `npm start` as on a developer machine.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY protocol/package.json protocol/
COPY broker/package.json broker/
COPY server/package.json server/
COPY simulator/package.json simulator/
COPY console/package.json console/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build
ENV HUB_DATA_DIR=/data HUB_HOST=0.0.0.0
EXPOSE 8080 1883 8883
CMD ["npm", "start"]
