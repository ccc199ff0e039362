# Multi-stage build: compile in the Rust image, run in a slim Debian with only the
# binary and the files it reads (templates, locales, static, migrations, config).
FROM rust:1.95-slim-bookworm AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
COPY migrations ./migrations
COPY benches ./benches
RUN cargo build --release --locked --bin kontaktpunkt

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin kontaktpunkt
WORKDIR /app
COPY --from=build /src/target/release/kontaktpunkt /usr/local/bin/kontaktpunkt
COPY config ./config
COPY locales ./locales
COPY templates ./templates
COPY static ./static
COPY migrations ./migrations
RUN mkdir -p /app/data && chown kontaktpunkt /app/data
USER kontaktpunkt
ENV KONTAKTPUNKT_LISTEN=0.0.0.0:8080
# The operators' listener (/metrics, health): publish it only to the operators' network.
ENV KONTAKTPUNKT_OPS_LISTEN=0.0.0.0:9464
EXPOSE 8080 9464
# KONTAKTPUNKT_DATA_KEY and KONTAKTPUNKT_DATABASE_URL come from the deployment's secrets.
ENTRYPOINT ["/usr/local/bin/kontaktpunkt"]
CMD ["serve"]
