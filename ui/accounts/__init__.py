"""The TAM cockpit: "My accounts" with their open cases, licences, contacts, exam
sessions and notes, and the TAM's Severity 1 on-call alert."""
