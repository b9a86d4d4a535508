"""The handlers behind ``desktop.cli``: doctor, credentials, sandbox."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.errors import BadInputError, KnownError

if TYPE_CHECKING:
    from desktop.cli import Context


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add every headless command to the ``frontdesk`` parser."""
    doctor = sub.add_parser("doctor", parents=[common], help="check this installation")
    doctor.add_argument("--json", action="store_true", help="machine-readable output")
    doctor.add_argument("--offline", action="store_true", help="skip the URL checks")
    doctor.set_defaults(handler=cmd_doctor)

    creds = sub.add_parser("credentials", parents=[common], help="Booking.com credentials")
    creds_sub = creds.add_subparsers(dest="action", metavar="ACTION", required=True)
    for action, handler, text in (
        ("set", cmd_credentials_set, "store credentials in the system keychain"),
        ("check", cmd_credentials_check, "check that stored credentials work"),
        ("forget", cmd_credentials_forget, "remove credentials from the keychain"),
    ):
        parser = creds_sub.add_parser(action, parents=[common], help=text)
        parser.add_argument("--property", type=int, metavar="ID", help="property id")
        parser.add_argument("--client-id", metavar="ID", help="machine-account client id")
        parser.set_defaults(handler=handler)
    creds_sub.choices["set"].add_argument(
        "--legacy-basic",
        action="store_true",
        help="legacy Basic auth: --client-id is the machine-account user name",
    )
    for action in ("set", "forget"):
        creds_sub.choices[action].add_argument(
            "--support-gateway",
            action="store_true",
            help="the partner-support gateway's credentials instead of Booking.com's",
        )

    sync = sub.add_parser("sync", parents=[common], help="sync with Booking.com")
    sync.add_argument("--once", action="store_true", required=True, help="one sync, then exit")
    sync.add_argument("--full", action="store_true", help="re-read every conversation's tags")
    sync.add_argument("--queue", action="store_true", help="also drain the message queue")
    sync.set_defaults(handler=cmd_sync)

    sandbox = sub.add_parser("sandbox", parents=[common], help="the sandbox server")
    sandbox_sub = sandbox.add_subparsers(dest="action", metavar="ACTION", required=True)
    serve = sandbox_sub.add_parser("serve", parents=[common], help="run the sandbox server")
    serve.add_argument("--port", type=int, default=0, help="TCP port (0 = any free port)")
    serve.add_argument("--seed", type=int, default=7, help="seed of the sample world")
    serve.add_argument("--faults", default="", metavar="SPEC", help="faults (docs/sandbox.md)")
    serve.add_argument(
        "--profile-out",
        type=Path,
        metavar="FILE",
        help="write a property profile for this server (for sync --once)",
    )
    serve.set_defaults(handler=cmd_sandbox_serve)

    from desktop.helpcenter import cli as articles_cli

    articles_cli.register(sub, common)


def cmd_doctor(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.credentials import SecretStore
    from desktop.doctor import run_checks

    checks = run_checks(ctx.paths, ctx.profile, SecretStore(), network=not args.offline)
    if args.json:
        print(json.dumps([c.as_dict() for c in checks], ensure_ascii=False, indent=2))
    else:
        width = max(len(c.name) for c in checks)
        for check in checks:
            mark = "ok  " if check.ok else "FAIL"
            print(f"{mark}  {check.name:<{width}}  {check.detail}")
    return 0 if all(c.ok for c in checks) else 1


def credential_key(args: argparse.Namespace, ctx: Context) -> str:
    """Which keychain entry: the profile's id, or one per property without a profile."""
    if ctx.profile is None and args.property is not None:
        return f"property-{args.property}"
    return ctx.profile_id


def read_secret(prompt: str) -> str:
    """The secret from a hidden prompt on a terminal, else the first line of stdin."""
    interactive = sys.stdin.isatty()
    secret = getpass.getpass(prompt) if interactive else sys.stdin.readline().rstrip("\r\n")
    if not secret:
        raise BadInputError("No secret was given.", next_step="Type it at the prompt or pipe it.")
    return secret


def cmd_credentials_set(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.credentials import CredentialKind, Credentials, SecretStore

    identifier = args.client_id or (input("Client id: ").strip() if sys.stdin.isatty() else "")
    if not identifier:
        raise BadInputError("No client id was given.", next_step="Pass --client-id ID.")
    store = SecretStore()
    if args.support_gateway:
        from desktop.support.gateway_client import GatewayCredentials, save_gateway_credentials

        gateway = GatewayCredentials(identifier, read_secret("Gateway client secret: "))
        save_gateway_credentials(store, credential_key(args, ctx), gateway)
        print(f"Saved the support gateway's credentials in {store.status().where}.")
        return 0
    kind = CredentialKind.BASIC if args.legacy_basic else CredentialKind.TOKEN
    label = "Password: " if args.legacy_basic else "Client secret: "
    creds = Credentials(kind=kind, identifier=identifier, secret=read_secret(label))
    store.save(credential_key(args, ctx), creds)
    print(f"Saved for {credential_key(args, ctx)} in {store.status().where}.")
    return 0


def cmd_credentials_check(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.credentials import SecretStore

    key = credential_key(args, ctx)
    store = SecretStore()
    creds = store.load(key)
    if creds is None or (args.client_id and creds.identifier != args.client_id):
        raise KnownError(
            f"No credentials are stored for {key}.",
            next_step="Run: frontdesk credentials set",
        )
    print(f"Credentials for {key} ({creds.identifier}) are in {store.status().where}.")
    if ctx.profile is not None:
        from desktop.booking.auth import verify_credentials

        verify_credentials(ctx.profile, creds)
        print("Booking.com accepted them.")
    return 0


def cmd_credentials_forget(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.credentials import SecretStore

    if args.support_gateway:
        from desktop.support.gateway_client import gateway_secret_name

        SecretStore().delete_secret(gateway_secret_name(credential_key(args, ctx)))
    else:
        SecretStore().forget(credential_key(args, ctx))
    print(f"Forgot the credentials for {credential_key(args, ctx)}.")
    return 0


def cmd_sync(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.credentials import SecretStore
    from desktop.errors import ConfigError
    from desktop.session import open_account_session

    if ctx.profile is None:
        raise ConfigError(
            "frontdesk sync needs a property profile.",
            next_step="Pass --property-profile FILE (the sandbox prints one with --profile-out).",
        )
    session = open_account_session(ctx.paths, ctx.profile, SecretStore())
    try:
        summary = session.engine.sync_once(full=args.full)
        if args.queue or ctx.profile.booking.sync_mode == "queue":
            session.engine.drain_queue(summary)
    finally:
        session.close()
    print(f"sync: {summary.line()}")
    return 0


def cmd_sandbox_serve(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.sandbox import SandboxInfo, serve
    from desktop.settings import sandbox_profile
    from desktop.settings.profile import profile_to_toml

    def write_profile(info: SandboxInfo) -> None:
        if args.profile_out is not None:
            profile = sandbox_profile(
                list(info.properties), info.base_url, info.auth_url, info.gateway_url
            )
            args.profile_out.write_text(profile_to_toml(profile), encoding="utf-8")

    code: int = serve(port=args.port, seed=args.seed, faults=args.faults, on_ready=write_profile)
    return code
