<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>About</name>
    <message>
        <location filename="../../ui/about.py" line="+22" />
        <source>Frontdesk {version}</source>
        <translation>Frontdesk {version}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data folder: {path}</source>
        <translation>Dossier de données : {path}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Credentials kept in: {where}</source>
        <translation>Identifiants conservés dans : {where}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Property profile: {profile}</source>
        <translation>Profil d’établissement : {profile}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+8" />
        <source>About Frontdesk</source>
        <translation>À propos de Frontdesk</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash.py" line="+71" />
        <source>Frontdesk ran into a problem</source>
        <translation>Frontdesk a rencontré un problème</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Something unexpected happened. What you typed has been kept. Please copy this report and send it to your administrator.</source>
        <translation>Un incident imprévu s’est produit. Ce que vous avez saisi a été conservé. Copiez ce rapport et envoyez-le à votre administrateur.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+1" />
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Crash report</source>
        <translation>Rapport d’incident</translation>
    </message>
</context>
<context>
    <name>InboxWindow</name>
    <message>
        <location filename="../../ui/inbox/window.py" line="+91" />
        <source>Frontdesk — Booking.com messages</source>
        <translation>Frontdesk — messages Booking.com</translation>
    </message>
    <message>
        <location line="+2" />
        <source>[sandbox]</source>
        <translation>[bac à sable]</translation>
    </message>
    <message>
        <location line="+2" />
        <source>SANDBOX — sample data, nothing is sent</source>
        <translation>BAC À SABLE — données d’exemple, rien n’est envoyé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Frontdesk</source>
        <translation>À &amp;propos de Frontdesk</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+6" />
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
</context>
<context>
    <name>KnownError</name>
    <message>
        <location filename="../../ui/errors.py" line="+19" />
        <source>Booking.com could not be reached.</source>
        <translation>Impossible de joindre Booking.com.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the network connection. Frontdesk retries automatically.</source>
        <translation>Vérifiez la connexion réseau. Frontdesk réessaie automatiquement.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Booking.com refused the credentials.</source>
        <translation>Booking.com a refusé les identifiants.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter the machine-account client id and secret again.</source>
        <translation>Saisissez à nouveau l’identifiant client et le secret du compte machine.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The system keychain is not available.</source>
        <translation>Le trousseau du système n’est pas disponible.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unlock or install the system keychain, or keep the credentials for this session only.</source>
        <translation>Déverrouillez ou installez le trousseau du système, ou gardez les identifiants pour cette session seulement.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The disk is full; nothing more can be saved.</source>
        <translation>Le disque est plein ; plus rien ne peut être enregistré.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Free some disk space. What you typed is kept until then.</source>
        <translation>Libérez de l’espace disque. Ce que vous avez saisi est conservé en attendant.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database is busy in another program.</source>
        <translation>La base de données est occupée par un autre programme.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close other Frontdesk windows on this computer and try again.</source>
        <translation>Fermez les autres fenêtres Frontdesk de cet ordinateur, puis réessayez.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database file is damaged.</source>
        <translation>Le fichier de la base de données est endommagé.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restore the latest backup from the data folder's backups.</source>
        <translation>Restaurez la dernière sauvegarde depuis le dossier des sauvegardes.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This value is not valid.</source>
        <translation>Cette valeur n’est pas valide.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Correct the highlighted value.</source>
        <translation>Corrigez la valeur signalée.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The configuration file is not valid.</source>
        <translation>Le fichier de configuration n’est pas valide.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Correct the named key in the file.</source>
        <translation>Corrigez la clé indiquée dans le fichier.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your role does not allow this action.</source>
        <translation>Votre rôle ne permet pas cette action.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ask a manager or an administrator.</source>
        <translation>Demandez à un responsable ou à un administrateur.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Something went wrong.</source>
        <translation>Une erreur s’est produite.</translation>
    </message>
</context>
</TS>