"""Support-case transports: how a case's message reaches Booking.com partner support.

The property profile chooses one (``support.transport``):

- ``extranet`` (:mod:`.extranet`): Frontdesk prepares the exact text, opens the
  extranet and lists the clicks; staff send it, then mark it sent and record the answer.
- ``gateway`` (:mod:`.gateway`): an HTTP JSON API of our own design
  (``docs/support-gateway.md``), spoken by :mod:`desktop.support.gateway_client`;
  replies come back by :func:`desktop.support.cases.sync_cases`.

=====================  ==============================================================
module                 what it holds
=====================  ==============================================================
``factory``            the :class:`~.factory.Transport` protocol, :func:`make_transport`
``message``            the message text, image checks (JPG/PNG by content, 10 MB)
``thread``             the support conversation of a case and its messages
``extranet``           :class:`ExtranetTransport`, :class:`ExtranetDelivery`
``gateway``            :class:`GatewayTransport`, :func:`apply_updates`
``gateway_wire``       the gateway's JSON shapes as typed values
``gateway_errors``     the gateway's typed errors (KnownError subclasses)
=====================  ==============================================================

Import from the submodules: this package imports nothing, so that the gateway client
(which uses the wire and error modules) and the transports never import in a circle.
"""
