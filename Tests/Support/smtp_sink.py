#!/usr/bin/env python3
"""A local SMTP server (aiosmtpd) for the kallelse end-to-end test: listens on 127.0.0.1 on a free
port, prints the port on the first line of standard output, and appends every message it receives
to the mbox file named as the first argument, until it is terminated."""
import asyncio
import mailbox
import signal
import socket
import sys

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, path):
        self.path = path

    async def handle_DATA(self, server, session, envelope):
        box = mailbox.mbox(self.path)
        box.lock()
        try:
            box.add(envelope.original_content or envelope.content)
            box.flush()
        finally:
            box.unlock()
            box.close()
        return "250 OK"


def main():
    # aiosmtpd checks its own socket by connecting to the port, so it needs a real one: ask the kernel for a free one.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Sink(sys.argv[1]), hostname="127.0.0.1", port=port)
    controller.start()
    print(port, flush=True)
    signal.sigwait({signal.SIGTERM, signal.SIGINT})
    controller.stop()


signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM, signal.SIGINT})
main()
