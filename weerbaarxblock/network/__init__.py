"""Netwerkkaart: learners map the actors and relations around a case and compare their map with the experts'."""
