<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>About</name>
    <message>
        <location filename="../../ui/about.py" line="+22"/>
        <source>Frontdesk {version}</source>
        <translation>Frontdesk {version}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder: {path}</source>
        <translation>Dossier de données : {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credentials kept in: {where}</source>
        <translation>Identifiants conservés dans : {where}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Property profile: {profile}</source>
        <translation>Profil d’établissement : {profile}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About Frontdesk</source>
        <translation>À propos de Frontdesk</translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <location filename="../../ui/help/article_pane.py" line="+109"/>
        <source>Search, then open an article.</source>
        <translation>Recherchez, puis ouvrez un article.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Related articles</source>
        <translation>Articles liés</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+51"/>
        <source>Save the article as PDF</source>
        <translation>Enregistrer l&apos;article en PDF</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{minutes} min read</source>
        <translation>{minutes} min de lecture</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read this article in {language}</source>
        <translation>Lire cet article en {language}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>updated today</source>
        <translation>mis à jour aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated yesterday</source>
        <translation>mis à jour hier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated {days} days ago</source>
        <translation>mis à jour il y a {days} jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated {months} months ago</source>
        <translation>mis à jour il y a {months} mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updated {years} years ago</source>
        <translation>mis à jour il y a {years} ans</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back (Alt+Left)</source>
        <translation>Précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forward (Alt+Right)</source>
        <translation>Suivant (Alt+Droite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find in article (Ctrl+F)</source>
        <translation>Rechercher dans l&apos;article (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the article</source>
        <translation>Imprimer l&apos;article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this article to your list</source>
        <translation>Enregistrer cet article dans votre liste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read this article in the other language</source>
        <translation>Lire cet article dans l&apos;autre langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading time and last update</source>
        <translation>Temps de lecture et dernière mise à jour</translation>
    </message>
</context>
<context>
    <name>ArticleThemes</name>
    <message>
        <location filename="../../ui/help/search_panel.py" line="+44"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analytics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacting Booking.com</source>
        <translation>Contacter Booking.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting paid</source>
        <translation>Paiements reçus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest reviews</source>
        <translation>Commentaires clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices and commission</source>
        <translation>Factures et commission</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Property information</source>
        <translation>Informations sur l&apos;établissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates and availability</source>
        <translation>Tarifs et disponibilités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reservations</source>
        <translation>Réservations</translation>
    </message>
</context>
<context>
    <name>ArticleViewer</name>
    <message>
        <location filename="../../ui/help/viewer.py" line="+332"/>
        <location line="+1"/>
        <source>Help articles</source>
        <translation>Articles d&apos;aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in article</source>
        <translation>Rechercher dans l&apos;article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>ArticlesPage</name>
    <message>
        <location filename="../../ui/wizard/page_articles.py" line="+129"/>
        <source>One article may answer your question.</source>
        <translation>Un article peut répondre à votre question.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} articles may answer your question.</source>
        <translation>{count} articles peuvent répondre à votre question.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No article found; try other words.</source>
        <translation>Aucun article trouvé ; essayez d&apos;autres mots.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>These articles may already answer</source>
        <translation>Ces articles répondent peut-être déjà</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Many questions are answered in minutes here. Otherwise, click Next.</source>
        <translation>Beaucoup de questions trouvent ici leur réponse en quelques minutes. Sinon, cliquez sur Suivant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Words:</source>
        <translation>&amp;Mots :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the help articles</source>
        <translation>Rechercher dans les articles d&apos;aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search words</source>
        <translation>Mots recherchés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help articles</source>
        <translation>Articles d&apos;aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the article</source>
        <translation>&amp;Ouvrir l&apos;article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected article</source>
        <translation>Ouvrir l&apos;article sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This &amp;answered my question</source>
        <translation>Cela a &amp;répondu à ma question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This article answered my question</source>
        <translation>Cet article a répondu à ma question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search result</source>
        <translation>Résultat de la recherche</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../ui/inbox/thread_view.py" line="+334"/>
        <source>This photo cannot be shown.</source>
        <extracomment>A thread opens with this many of its newest messages and notes (and every match).</extracomment>
        <translation>Impossible d’afficher cette photo.</translation>
    </message>
</context>
<context>
    <name>CallPage</name>
    <message>
        <location filename="../../ui/wizard/page_call.py" line="+102"/>
        <source>Dedicated number: {number}</source>
        <translation>Numéro dédié : {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No number is set for this theme. Find it in the extranet:</source>
        <translation>Aucun numéro n&apos;est défini pour ce thème. Trouvez-le dans l&apos;extranet :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the property ID: {id}</source>
        <translation>l&apos;identifiant de l&apos;établissement : {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reservation number, if the call is about one</source>
        <translation>le numéro de réservation, si l&apos;appel concerne une réservation</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Say how the call ended.</source>
        <translation>Indiquez comment l&apos;appel s&apos;est terminé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Call partner support</source>
        <translation>Appeler l&apos;assistance partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Then note how the call went: the notes go into the history.</source>
        <translation>Notez ensuite comment l&apos;appel s&apos;est passé : les notes vont dans l&apos;historique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Call</source>
        <translation>&amp;Appeler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call the dedicated number</source>
        <translation>Appeler le numéro dédié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to have ready</source>
        <translation>Ce qu&apos;il faut avoir sous la main</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call notes</source>
        <translation>Notes d&apos;appel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reservation number:</source>
        <translation>Numéro de &amp;réservation :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How it ended:</source>
        <translation>Issue de l&apos;appel :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
</context>
<context>
    <name>ComposerForm</name>
    <message>
        <location filename="../../ui/inbox/composer_form.py" line="+85"/>
        <location line="+7"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Attach photo…</source>
        <translation>Joindre une photo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Rédigez une réponse… (Ctrl+Entrée pour envoyer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach photo</source>
        <translation>Joindre une photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected photo</source>
        <translation>Retirer la photo sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos to send</source>
        <translation>Photos à envoyer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guest&apos;s language</source>
        <translation>Langue du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template check</source>
        <translation>Vérification du modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply notice</source>
        <translation>Avertissement sur la réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft state</source>
        <translation>État du brouillon</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Guest&apos;s language: {language}</source>
        <translation>Langue du client : {language}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Booking.com support cases are answered from the contact wizard.</source>
        <translation>Les demandes au support Booking.com se traitent depuis l’assistant de contact.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only: Booking.com does not accept replies here.</source>
        <translation>Lecture seule : Booking.com n’accepte pas de réponse ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The messaging window is closed: this reply cannot be sent.</source>
        <translation>La période d’échange est close : cette réponse ne peut pas être envoyée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>To fill in: {names}</source>
        <translation>À compléter : {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown variables: {names}</source>
        <translation>Variables inconnues : {names}</translation>
    </message>
</context>
<context>
    <name>ComposerPanel</name>
    <message>
        <location filename="../../ui/inbox/composer.py" line="+173"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Draft saved</source>
        <translation>Brouillon enregistré</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Draft not saved yet</source>
        <translation>Brouillon pas encore enregistré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The draft could not be saved; it is kept until it can be. {reason}</source>
        <translation>Le brouillon n’a pas pu être enregistré ; il est conservé jusqu’à ce que ce soit possible. {reason}</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Queued in the outbox</source>
        <translation>En file dans la boîte d’envoi</translation>
    </message>
</context>
<context>
    <name>ContactLauncher</name>
    <message>
        <location filename="../../ui/contact.py" line="+56"/>
        <source>Contact Booking.com</source>
        <translation>Contacter Booking.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask Booking.com partner support (message, call, Pulse app)</source>
        <translation>Demander l’aide du support partenaires de Booking.com (message, appel, appli Pulse)</translation>
    </message>
</context>
<context>
    <name>ContactWizard</name>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="+357"/>
        <location line="+1"/>
        <source>Contact Booking.com</source>
        <extracomment>The outcome was stored (a :class:`~desktop.support.cases.Recorded`). The case&apos;s message was handed to its transport (an ``ExtranetDelivery`` or ``GatewayDelivery``); for the extranet the text is on the clipboard by then. Delivery failed (a KnownError); the case is kept and sent again by sync.</extracomment>
        <translation>Contacter Booking.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
</context>
<context>
    <name>ContactWizardPrompts</name>
    <message>
        <location filename="../../ui/wizard/prompts.py" line="+41"/>
        <source>You were writing to Booking.com when Frontdesk closed.</source>
        <translation>Vous écriviez à Booking.com quand Frontdesk s&apos;est fermé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved: {when}.</source>
        <translation>Enregistré : {when}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume your request?</source>
        <translation>Reprendre votre demande ?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keep what you wrote?</source>
        <translation>Garder ce que vous avez écrit ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this request to finish it later, or discard it?</source>
        <translation>Garder cette demande pour la terminer plus tard, ou l&apos;abandonner ?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep for later</source>
        <translation>Garder pour plus tard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add images</source>
        <translation>Ajouter des images</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>ContactWizardTexts</name>
    <message>
        <location filename="../../ui/wizard/texts.py" line="+21"/>
        <source>Type the reservation number: 10 digits, as in the extranet.</source>
        <translation>Saisissez le numéro de réservation : 10 chiffres, comme dans l&apos;extranet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A reservation number has only digits; “{character}” is not one.</source>
        <translation>Un numéro de réservation ne contient que des chiffres ; « {character} » n&apos;en est pas un.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A reservation number has 9 to 12 digits (usually 10); this one has {count}.</source>
        <translation>Un numéro de réservation a de 9 à 12 chiffres (10 en général) ; celui-ci en a {count}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file} no longer exists.</source>
        <translation>{file} n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} cannot be read.</source>
        <translation>{file} ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a JPG or PNG image; Booking.com accepts only those.</source>
        <translation>{file} n&apos;est pas une image JPG ou PNG ; Booking.com n&apos;accepte que celles-ci.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is larger than 10 MB; make it smaller first.</source>
        <translation>{file} dépasse 10 Mo ; réduisez-la d&apos;abord.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A message can carry at most {count} images.</source>
        <translation>Un message peut contenir au plus {count} images.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The support gateway is not set up on this computer. The case is saved; ask an administrator to enter the gateway&apos;s credentials.</source>
        <translation>La passerelle d&apos;assistance n&apos;est pas configurée sur cet ordinateur. La demande est enregistrée ; demandez à un administrateur de saisir les identifiants de la passerelle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The support gateway refused the credentials. The case is saved; ask an administrator to enter them again.</source>
        <translation>La passerelle d&apos;assistance a refusé les identifiants. La demande est enregistrée ; demandez à un administrateur de les saisir à nouveau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The support gateway could not be reached. The case is saved and will be sent at the next sync.</source>
        <translation>La passerelle d&apos;assistance est injoignable. La demande est enregistrée et sera envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The support gateway is busy. The case is saved and will be sent at the next sync.</source>
        <translation>La passerelle d&apos;assistance est saturée. La demande est enregistrée et sera envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The support gateway refused the case: {detail}</source>
        <translation>La passerelle d&apos;assistance a refusé la demande : {detail}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send a message</source>
        <translation>Envoyer un message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call partner support</source>
        <translation>Appeler l&apos;assistance partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report it in the Pulse app</source>
        <translation>Le signaler dans l&apos;appli Pulse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up needed</source>
        <translation>Suivi nécessaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>French</source>
        <extracomment>The guest-redirect text exists in these languages, in this order.</extracomment>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location filename="../../ui/inbox/list_cells.py" line="+31"/>
        <source>Guest</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reservation</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay</source>
        <translation>Séjour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lang.</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last message</source>
        <translation>Dernier message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Guest name (click to sort by name)</source>
        <translation>Nom du client (cliquez pour trier par nom)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking.com reservation number</source>
        <translation>Numéro de réservation Booking.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in and check-out</source>
        <translation>Arrivée et départ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guest&apos;s language</source>
        <translation>La langue du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last message, or what matched the search</source>
        <translation>Le dernier message, ou ce qui correspond à la recherche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time of the last message (click to sort by time)</source>
        <translation>Heure du dernier message (cliquez pour trier par heure)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unread guest messages</source>
        <translation>Messages du client non lus</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>(no name)</source>
        <extracomment>Rows whose texts are kept (the model&apos;s row cache holds 2,000 rows). Kept texts are formatted again after this many seconds.</extracomment>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
</context>
<context>
    <name>ConversationListView</name>
    <message>
        <location filename="../../ui/inbox/list_view.py" line="+210"/>
        <source>Columns (click to sort)</source>
        <extracomment>The rows shown are painted again this often: countdowns and &quot;today&quot; move on.</extracomment>
        <translation>Colonnes (cliquez pour trier)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
</context>
<context>
    <name>ConversationOperations</name>
    <message>
        <location filename="../../ui/inbox/operations.py" line="+64"/>
        <source>Marked as needing no reply.</source>
        <translation>Marquée comme ne nécessitant pas de réponse.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs a reply again.</source>
        <translation>À nouveau à répondre.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Marked as unread.</source>
        <translation>Marquée comme non lue.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Internal note added.</source>
        <translation>Note interne ajoutée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sync requested.</source>
        <translation>Synchronisation demandée.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash.py" line="+71"/>
        <source>Frontdesk ran into a problem</source>
        <translation>Frontdesk a rencontré un problème</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something unexpected happened. What you typed has been kept. Please copy this report and send it to your administrator.</source>
        <translation>Un incident imprévu s’est produit. Ce que vous avez saisi a été conservé. Copiez ce rapport et envoyez-le à votre administrateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crash report</source>
        <translation>Rapport d’incident</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/history/detail_view.py" line="+102"/>
        <source>Choose a row to read it.</source>
        <translation>Choisissez une ligne pour la lire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{channel} · {property} · {status}</source>
        <translation>{channel} · {property} · {status}</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+5"/>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversation, read-only</source>
        <translation>Conversation, en lecture seule</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../../ui/history/retention.py" line="+230"/>
        <source>No guest conversation matches.</source>
        <translation>Aucune conversation client ne correspond.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Erase this guest&apos;s data?</source>
        <translation>Effacer les données de ce client ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {n} conversations ticked, their messages, notes and attachments are deleted for good. Continue?</source>
        <translation>Les {n} conversations cochées, leurs messages, notes et pièces jointes seront supprimés définitivement. Continuer ?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Erased: {n} conversations, {m} messages, {k} files.</source>
        <translation>Effacé : {n} conversations, {m} messages, {k} fichiers.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Erase a guest&apos;s data</source>
        <translation>Effacer les données d’un client</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Guest name or reservation number</source>
        <translation>Nom du client ou numéro de réservation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Chercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guest&apos;s conversations</source>
        <translation>Les conversations du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Erase the ticked conversations</source>
        <translation>&amp;Effacer les conversations cochées</translation>
    </message>
</context>
<context>
    <name>ExtranetAnswerDialog</name>
    <message>
        <location filename="../../ui/wizard/extranet.py" line="+164"/>
        <source>Booking.com answered</source>
        <translation>Booking.com a répondu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the answer from the extranet (optional), to keep it with the case.</source>
        <translation>Collez la réponse reçue dans l&apos;extranet (facultatif), pour la garder avec la demande.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer from Booking.com</source>
        <translation>Réponse de Booking.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The question is settled: &amp;close the case</source>
        <translation>La question est réglée : &amp;clore la demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the case</source>
        <translation>Clore la demande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the answer</source>
        <translation>Enregistrer la réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ExtranetSendDialog</name>
    <message>
        <location line="-80"/>
        <source>Send it in the extranet</source>
        <translation>Envoyez-le dans l&apos;extranet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text is copied. In the extranet, choose {theme}, then paste the text. Come back here when it is sent.</source>
        <translation>Le texte est copié. Dans l&apos;extranet, choisissez {theme}, puis collez le texte. Revenez ici une fois le message envoyé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicks to make in the extranet</source>
        <translation>Clics à faire dans l&apos;extranet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text to paste</source>
        <translation>Texte à coller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy the text again</source>
        <translation>&amp;Copier à nouveau le texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the text again</source>
        <translation>Copier à nouveau le texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the extranet</source>
        <translation>&amp;Ouvrir l&apos;extranet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the extranet</source>
        <translation>Ouvrir l&apos;extranet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have &amp;sent it</source>
        <translation>Je l&apos;ai &amp;envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have sent it</source>
        <translation>Je l&apos;ai envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close; send it later</source>
        <translation>Fermer ; l&apos;envoyer plus tard</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../ui/help/panels.py" line="+256"/>
        <source>Was this article helpful?</source>
        <translation>Cet article vous a-t-il été utile ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was missing? (optional)</source>
        <translation>Que manquait-il ? (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you for your feedback.</source>
        <translation>Merci pour votre avis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing information</source>
        <translation>Informations manquantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inaccurate</source>
        <translation>Inexact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard to understand</source>
        <translation>Difficile à comprendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken link</source>
        <translation>Lien cassé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes, this article was helpful</source>
        <translation>Oui, cet article a été utile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, this article was not helpful</source>
        <translation>Non, cet article n&apos;a pas été utile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why was it not helpful?</source>
        <translation>Pourquoi n&apos;a-t-il pas été utile ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send feedback</source>
        <translation>Envoyer l&apos;avis</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/history/filters.py" line="+131"/>
        <source>{name} (former)</source>
        <translation>{name} (ancien)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;roperty</source>
        <translation>É&amp;tablissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;taff</source>
        <translation>Pe&amp;rsonnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel</source>
        <translation>C&amp;anal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sear&amp;ch</source>
        <translation>Reche&amp;rcher</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates…</source>
        <translation>Dates…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guest name, reservation number, words…</source>
        <translation>Nom du client, numéro de réservation, mots…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ui/help/browser.py" line="+195"/>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{current} of {total}</source>
        <translation>{current} sur {total}</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+5"/>
        <source>Find in article</source>
        <translation>Rechercher dans l&apos;article</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous match</source>
        <translation>Résultat précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Matches</source>
        <translation>Résultats</translation>
    </message>
</context>
<context>
    <name>FolderModel</name>
    <message>
        <location filename="../../ui/inbox/folders.py" line="+85"/>
        <source>Guest messages</source>
        <translation>Messages des clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unread guest conversations: {count}</source>
        <translation>Conversations clients non lues : {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booking.com messages</source>
        <translation>Messages Booking.com</translation>
    </message>
</context>
<context>
    <name>FolderPane</name>
    <message>
        <location line="+75"/>
        <source>All properties</source>
        <translation>Tous les établissements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Property</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unread only</source>
        <translation>Non lues uniquement</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Show unread conversations only</source>
        <translation>N’afficher que les conversations non lues</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
</context>
<context>
    <name>GuestPage</name>
    <message>
        <location filename="../../ui/wizard/page_who.py" line="+139"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copied: paste it in your reply to the guest.</source>
        <translation>Copié : collez-le dans votre réponse au client.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the guest to the guest Help Centre</source>
        <translation>Orienter le client vers le Centre d&apos;aide clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner support cannot help guests directly.</source>
        <translation>L&apos;assistance partenaires ne peut pas aider directement les clients.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why guests use the Help Centre</source>
        <translation>Pourquoi les clients passent par le Centre d&apos;aide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guest&apos;s &amp;language:</source>
        <translation>&amp;Langue du client :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest&apos;s language</source>
        <translation>Langue du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text for the guest</source>
        <translation>Texte pour le client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy the text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the text for the guest</source>
        <translation>Copier le texte pour le client</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../ui/history/handover.py" line="+88"/>
        <source>This could not be done:</source>
        <translation>Impossible de faire ceci :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Guests waiting for a reply</source>
        <translation>Clients en attente de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open support cases</source>
        <translation>Demandes au support ouvertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages that need a person</source>
        <translation>Messages à vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes for the next shift</source>
        <translation>Notes pour l’équipe suivante</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>overdue by {time}</source>
        <translation>en retard de {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time} left</source>
        <translation>encore {time}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>waiting for a follow-up</source>
        <translation>en attente d’un suivi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>past the 24-hour aim by {time}</source>
        <translation>au-delà de l’objectif de 24 h de {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reply expected within {time}</source>
        <translation>réponse attendue d’ici {time}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>maybe not sent: check the conversation</source>
        <translation>peut-être pas envoyé : vérifiez la conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for a sign-in</source>
        <translation>en attente de connexion</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing.</source>
        <translation>Rien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shift handover</source>
        <translation>Passation de service</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read what the previous shift left, then acknowledge it. Your name is recorded.</source>
        <translation>Lisez ce que l’équipe précédente a laissé, puis confirmez la lecture. Votre nom est enregistré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Confirmer la lecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge the handover</source>
        <translation>Confirmer la lecture de la passation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover digest</source>
        <translation>Résumé de la passation</translation>
    </message>
</context>
<context>
    <name>HelpDock</name>
    <message>
        <location filename="../../ui/compose.py" line="+145"/>
        <location line="+1"/>
        <source>Help articles</source>
        <translation>Articles d&apos;aide</translation>
    </message>
</context>
<context>
    <name>HistoryExports</name>
    <message>
        <location filename="../../ui/history/exports.py" line="+43"/>
        <source>Export the history as CSV</source>
        <translation>Exporter l’historique en CSV</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+31"/>
        <source>Exporting the history…</source>
        <translation>Export de l’historique…</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Export the history as PDF</source>
        <translation>Exporter l’historique en PDF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Frontdesk — history</source>
        <translation>Frontdesk — historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on {time} by {name}</source>
        <translation>Établi le {time} par {name}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exported {rows} rows to {file}</source>
        <translation>{rows} lignes exportées dans {file}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Property</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the figures</source>
        <translation>Enregistrer les chiffres</translation>
    </message>
</context>
<context>
    <name>HistoryPdf</name>
    <message>
        <location filename="../../ui/history/pdf.py" line="+122"/>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages, notes and calls</source>
        <translation>Messages, notes et appels</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reservation</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing matches this filter.</source>
        <translation>Rien ne correspond à ce filtre.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../ui/history/table_model.py" line="+69"/>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Property</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest or subject</source>
        <translation>Client ou objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reservation</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>HistoryTexts</name>
    <message>
        <location filename="../../ui/history/texts.py" line="+20"/>
        <location line="+19"/>
        <source>Guest</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Support message</source>
        <translation>Message au support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support call</source>
        <translation>Appel au support</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Needs a reply</source>
        <translation>À répondre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the guest</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reply needed</source>
        <translation>Pas de réponse nécessaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Answered</source>
        <translation>Répondue</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <source>Property</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <source>Support case</source>
        <translation>Demande au support</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guest or subject</source>
        <translation>Client ou objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reservation</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within 12 h</source>
        <translation>En moins de 12 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within 12 h (%)</source>
        <translation>En moins de 12 h (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Median (h)</source>
        <translation>Médiane (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90th percentile (h)</source>
        <translation>90e centile (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still within 12 h</source>
        <translation>Encore dans les 12 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cases</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within 24 h</source>
        <translation>En moins de 24 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within 24 h (%)</source>
        <translation>En moins de 24 h (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open, overdue</source>
        <translation>Ouvertes, en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open, within 24 h</source>
        <translation>Ouvertes, dans les 24 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekday</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest messages</source>
        <translation>Messages des clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Property messages</source>
        <translation>Messages de l’établissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered by an article</source>
        <translation>Résolues par un article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deflection rate (%)</source>
        <translation>Taux de résolution par article (%)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not from Frontdesk / unanswered</source>
        <translation>Hors Frontdesk / sans réponse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked unread</source>
        <translation>Marqué non lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft saved</source>
        <translation>Brouillon enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message queued</source>
        <translation>Message mis en file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message sent</source>
        <translation>Message envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message failed</source>
        <translation>Échec d’envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag changed</source>
        <translation>Étiquette modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note added</source>
        <translation>Note ajoutée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call logged</source>
        <translation>Appel noté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings changed</source>
        <translation>Réglages modifiés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in or credentials</source>
        <translation>Connexion ou identifiants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Staff signed in</source>
        <translation>Connexion d’un membre du personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN refused</source>
        <translation>Code PIN refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover acknowledged</source>
        <translation>Passation confirmée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guest data erased</source>
        <translation>Données client effacées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History pruned</source>
        <translation>Historique purgé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article feedback</source>
        <translation>Avis sur un article</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Article note</source>
        <translation>Note sur un article</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{sign}{hours} h {minutes}</source>
        <translation>{sign}{hours} h {minutes}</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../../ui/history/window.py" line="+189"/>
        <source>Your role does not include reviewing history.</source>
        <translation>Votre rôle ne permet pas de consulter l’historique.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>History and reports</source>
        <translation>Historique et rapports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History results</source>
        <translation>Résultats de l’historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History tools</source>
        <translation>Outils de l’historique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift handover…</source>
        <translation>Passation de service…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention…</source>
        <translation>Conservation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase a guest&apos;s data…</source>
        <translation>Effacer les données d’un client…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rows: {count}</source>
        <translation>Lignes : {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first {count} rows are shown; exports and reports include them all.</source>
        <translation>Les {count} premières lignes sont affichées ; les exports et rapports les incluent toutes.</translation>
    </message>
</context>
<context>
    <name>InboxActions</name>
    <message>
        <location filename="../../ui/inbox/actions.py" line="+129"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reply &amp;needed</source>
        <translation>&amp;Pas de réponse nécessaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;read</source>
        <translation>Marquer comme &amp;lue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;unread</source>
        <translation>Marquer comme &amp;non lue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add internal &amp;note…</source>
        <translation>Ajouter une note &amp;interne…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in the &amp;extranet</source>
        <translation>Ouvrir dans l’&amp;extranet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reply</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt conversation</source>
        <translation>Conversation &amp;suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous conversation</source>
        <translation>Conversation pré&amp;cédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unread only</source>
        <translation>Non lues &amp;uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Frontdesk</source>
        <translation>À &amp;propos de Frontdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Newest first</source>
        <translation>Les plus &amp;récentes d’abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Oldest first</source>
        <translation>Les plus &amp;anciennes d’abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By &amp;guest name</source>
        <translation>Par nom du &amp;client</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;ort</source>
        <translation>&amp;Trier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous or next conversation</source>
        <translation>Conversation précédente ou suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the conversation and reply</source>
        <translation>Ouvrir la conversation et répondre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the reply</source>
        <translation>Envoyer la réponse</translation>
    </message>
</context>
<context>
    <name>InboxTexts</name>
    <message>
        <location filename="../../ui/inbox/texts.py" line="+22"/>
        <location line="+17"/>
        <source>Needs reply</source>
        <translation>À répondre</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>Waiting for guest</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>No reply needed</source>
        <translation>Pas de réponse nécessaire</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Répondues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Closes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Booking.com support</source>
        <translation>Support Booking.com</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued — will be sent at the next sync</source>
        <translation>En file — envoyé à la prochaine synchronisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed — not sent</source>
        <translation>Échec — non envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In doubt — check the thread before sending again</source>
        <translation>Incertain — vérifiez la conversation avant de renvoyer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for sign-in — sent once the credentials work</source>
        <translation>En attente de connexion — envoyé dès que les identifiants fonctionnent</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>check-in time</source>
        <translation>heure d’arrivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check-out time</source>
        <translation>heure de départ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change of dates</source>
        <translation>changement de dates</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancellation</source>
        <translation>annulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancellation fee waiver</source>
        <translation>exonération des frais d’annulation</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>parking</source>
        <translation>parking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bed type</source>
        <translation>type de lit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra cot</source>
        <translation>lit bébé supplémentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra bed</source>
        <translation>lit d’appoint</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The message is empty. Type a message or attach a photo.</source>
        <translation>Le message est vide. Saisissez un message ou joignez une photo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This conversation is read-only: Booking.com does not accept replies in it.</source>
        <translation>Cette conversation est en lecture seule : Booking.com n’y accepte pas de réponse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The messaging window is closed: Booking.com no longer accepts messages to this guest. Contact the guest through the extranet if needed.</source>
        <translation>La période d’échange est close : Booking.com n’accepte plus de messages pour ce client. Contactez-le par l’extranet si nécessaire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Booking.com support cases are answered from the contact wizard, not here.</source>
        <translation>Les demandes au support Booking.com se traitent depuis l’assistant de contact, pas ici.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Request-to-book conversations do not accept attachments.</source>
        <translation>Les conversations de demande de réservation n’acceptent pas de pièce jointe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {name} cannot be found any more.</source>
        <translation>Le fichier {name} est introuvable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a JPG or PNG photo; Booking.com accepts only those.</source>
        <translation>{name} n’est pas une photo JPG ou PNG ; Booking.com n’accepte que celles-ci.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is larger than 10 MB, the most Booking.com accepts.</source>
        <translation>{name} dépasse 10 Mo, le maximum accepté par Booking.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Booking.com will remove the link to {name}: it is not on the property&apos;s allowed links (extranet security settings).</source>
        <translation>Booking.com supprimera le lien vers {name} : il ne figure pas parmi les liens autorisés de l’établissement (paramètres de sécurité de l’extranet).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The message still holds template variables: {name}</source>
        <translation>Le message contient encore des variables de modèle : {name}</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} min ago</source>
        <translation>il y a {count} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} h ago</source>
        <translation>il y a {count} h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} days ago</source>
        <translation>il y a {count} jours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>reply due in {hours} h</source>
        <translation>réponse attendue dans {hours} h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>overdue by {hours} h</source>
        <translation>en retard de {hours} h</translation>
    </message>
</context>
<context>
    <name>InboxWindow</name>
    <message>
        <location filename="../../ui/inbox/window.py" line="+464"/>
        <source>Frontdesk — Booking.com messages</source>
        <translation>Frontdesk — messages Booking.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[sandbox]</source>
        <translation>[bac à sable]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SANDBOX — sample data, nothing is sent</source>
        <translation>BAC À SABLE — données d’exemple, rien n’est envoyé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>Opening the inbox…</source>
        <translation>Ouverture de la boîte de réception…</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>This conversation no longer exists.</source>
        <translation>Cette conversation n’existe plus.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Queued in the outbox; it is sent at the next sync.</source>
        <translation>En file dans la boîte d’envoi ; envoi à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No mailbox is open.</source>
        <translation>Aucune messagerie n’est ouverte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a conversation to read it.</source>
        <translation>Sélectionnez une conversation pour la lire.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sandbox mode</source>
        <translation>Mode bac à sable</translation>
    </message>
</context>
<context>
    <name>KnownError</name>
    <message>
        <location filename="../../ui/errors.py" line="+19"/>
        <source>Booking.com could not be reached.</source>
        <translation>Impossible de joindre Booking.com.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network connection. Frontdesk retries automatically.</source>
        <translation>Vérifiez la connexion réseau. Frontdesk réessaie automatiquement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Booking.com refused the credentials.</source>
        <translation>Booking.com a refusé les identifiants.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the machine-account client id and secret again.</source>
        <translation>Saisissez à nouveau l’identifiant client et le secret du compte machine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keychain is not available.</source>
        <translation>Le trousseau du système n’est pas disponible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock or install the system keychain, or keep the credentials for this session only.</source>
        <translation>Déverrouillez ou installez le trousseau du système, ou gardez les identifiants pour cette session seulement.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk is full; nothing more can be saved.</source>
        <translation>Le disque est plein ; plus rien ne peut être enregistré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free some disk space. What you typed is kept until then.</source>
        <translation>Libérez de l’espace disque. Ce que vous avez saisi est conservé en attendant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database is busy in another program.</source>
        <translation>La base de données est occupée par un autre programme.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close other Frontdesk windows on this computer and try again.</source>
        <translation>Fermez les autres fenêtres Frontdesk de cet ordinateur, puis réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database file is damaged.</source>
        <translation>Le fichier de la base de données est endommagé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the latest backup from the data folder&apos;s backups.</source>
        <translation>Restaurez la dernière sauvegarde depuis le dossier des sauvegardes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This value is not valid.</source>
        <translation>Cette valeur n’est pas valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the highlighted value.</source>
        <translation>Corrigez la valeur signalée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The configuration file is not valid.</source>
        <translation>Le fichier de configuration n’est pas valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the named key in the file.</source>
        <translation>Corrigez la clé indiquée dans le fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role does not allow this action.</source>
        <translation>Votre rôle ne permet pas cette action.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask a manager or an administrator.</source>
        <translation>Demandez à un responsable ou à un administrateur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Something went wrong.</source>
        <translation>Une erreur s’est produite.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/staff/lock.py" line="+167"/>
        <source>&lt;b&gt;Frontdesk is locked&lt;/b&gt;</source>
        <translation>&lt;b&gt;Frontdesk est verrouillé&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Someone else…</source>
        <translation>&amp;Quelqu’un d’autre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock screen</source>
        <translation>Écran de verrouillage</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <location filename="../../ui/wizard/page_message.py" line="+208"/>
        <source>The reservation number is required.</source>
        <translation>Le numéro de réservation est obligatoire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reservation number is optional.</source>
        <translation>Le numéro de réservation est facultatif.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reservation number is needed.</source>
        <translation>Aucun numéro de réservation n&apos;est nécessaire.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Write a subject.</source>
        <translation>Indiquez un objet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe your question.</source>
        <translation>Décrivez votre question.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your message to partner support</source>
        <translation>Votre message à l&apos;assistance partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write it as you would in the extranet.</source>
        <translation>Rédigez-le comme vous le feriez dans l&apos;extranet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reservation number:</source>
        <translation>Numéro de &amp;réservation :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Images (JPG, PNG):</source>
        <translation>&amp;Images (JPG, PNG) :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;images…</source>
        <translation>Ajouter des &amp;images…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add images</source>
        <translation>Ajouter des images</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected image</source>
        <translation>Retirer l&apos;image sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reservation number requirement</source>
        <translation>Numéro de réservation demandé</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/inbox/dialogs.py" line="+134"/>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal notes stay in Frontdesk: they are never sent to the guest.</source>
        <translation>Les notes internes restent dans Frontdesk : elles ne sont jamais envoyées au client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Show it to the next shift</source>
        <translation>La montrer à l’équipe suivante</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <location filename="../../ui/help/panels.py" line="-114"/>
        <source>Property notes</source>
        <translation>Notes de l&apos;établissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin a note</source>
        <translation>Épingler une note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Save note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short note for your team about this article</source>
        <translation>Une courte note pour votre équipe sur cet article</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes pinned to this article</source>
        <translation>Notes épinglées à cet article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin a note to this article</source>
        <translation>Épingler une note à cet article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected note</source>
        <translation>Modifier la note sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpin the selected note</source>
        <translation>Désépingler la note sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel editing</source>
        <translation>Annuler la modification</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../ui/wizard/page_options.py" line="+79"/>
        <source>Choose how to contact partner support.</source>
        <translation>Choisissez comment contacter l&apos;assistance partenaires.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How do you want to contact partner support?</source>
        <translation>Comment voulez-vous contacter l&apos;assistance partenaires ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The options Booking.com offers for this sub-theme.</source>
        <translation>Les options que Booking.com propose pour ce sous-thème.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Booking.com aims to answer within 24 hours. Frontdesk prepares the message; you send it in the extranet.</source>
        <translation>Booking.com s&apos;efforce de répondre sous 24 heures. Frontdesk prépare le message ; vous l&apos;envoyez dans l&apos;extranet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Booking.com aims to answer within 24 hours; the answer arrives here.</source>
        <translation>Booking.com s&apos;efforce de répondre sous 24 heures ; la réponse arrive ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For urgent matters: the dedicated number for this theme.</source>
        <translation>Pour les urgences : le numéro dédié à ce thème.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From your phone, in the Booking.com Pulse app.</source>
        <translation>Depuis votre téléphone, dans l&apos;appli Booking.com Pulse.</translation>
    </message>
</context>
<context>
    <name>PinSwitchDialog</name>
    <message>
        <location filename="../../ui/staff/pin_dialog.py" line="+112"/>
        <source>Choose who you are.</source>
        <translation>Choisissez qui vous êtes.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Who is at the desk?</source>
        <translation>Qui est à l’accueil ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Staff member</source>
        <translation>&amp;Membre du personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PIN</source>
        <translation>Code &amp;PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff member</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN check result</source>
        <translation>Résultat de la vérification du code</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../ui/inbox/dialogs.py" line="+70"/>
        <source>This message cannot be sent</source>
        <translation>Ce message ne peut pas être envoyé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your text is kept as a draft.</source>
        <translation>Votre texte est conservé comme brouillon.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attach photos</source>
        <translation>Joindre des photos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
</context>
<context>
    <name>PulsePage</name>
    <message>
        <location filename="../../ui/wizard/page_options.py" line="+33"/>
        <source>In the app, choose: {theme} › {subtheme}</source>
        <translation>Dans l&apos;appli, choisissez : {theme} › {subtheme}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report it in the Pulse app</source>
        <translation>Le signaler dans l&apos;appli Pulse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow these steps on your phone.</source>
        <translation>Suivez ces étapes sur votre téléphone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps in the Pulse app</source>
        <translation>Étapes dans l&apos;appli Pulse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme to choose in the app</source>
        <translation>Thème à choisir dans l&apos;appli</translation>
    </message>
</context>
<context>
    <name>ReportSection</name>
    <message>
        <location filename="../../ui/history/report_section.py" line="+121"/>
        <source>Save picture…</source>
        <extracomment>Called with (section, &quot;png&quot; | &quot;csv&quot;) when the user asks for an export.</extracomment>
        <translation>Enregistrer l’image…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save CSV…</source>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the chart as a picture</source>
        <translation>Enregistrer le graphique en image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the figures as CSV</source>
        <translation>Enregistrer les chiffres en CSV</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../ui/history/reports_tab.py" line="+91"/>
        <source>{asked} questions, {answered} answered. Median {median}, 90th percentile {p90}, within 12 h: {share}. Still within 12 h: {pending}.</source>
        <translation>{asked} questions, {answered} répondues. Médiane {median}, 90e centile {p90}, en moins de 12 h : {share}. Encore dans les 12 h : {pending}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Median (h)</source>
        <translation>Médiane (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90th percentile (h)</source>
        <translation>90e centile (h)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answered within 24 h</source>
        <translation>Répondues en moins de 24 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered later</source>
        <translation>Répondues plus tard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open, overdue</source>
        <translation>Ouvertes, en retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cases</source>
        <translation>demandes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Guest messages</source>
        <translation>Messages des clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Property messages</source>
        <translation>Messages de l’établissement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>messages</source>
        <translation>messages</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deflection rate (%)</source>
        <translation>Taux de résolution par article (%)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guest reply times (target: 12 hours)</source>
        <translation>Délais de réponse aux clients (objectif : 12 heures)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support cases against the 24-hour aim, by theme</source>
        <translation>Demandes au support face à l’objectif de 24 heures, par thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message volume by hour of day</source>
        <translation>Volume de messages par heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message volume by weekday</source>
        <translation>Volume de messages par jour de la semaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Questions answered by a help article instead of a contact, by theme</source>
        <translation>Questions résolues par un article d’aide plutôt qu’un contact, par thème</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Group by</source>
        <translation>&amp;Regrouper par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group reply times by</source>
        <translation>Regrouper les délais de réponse par</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff member</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Property</source>
        <translation>Établissement</translation>
    </message>
</context>
<context>
    <name>ReservationField</name>
    <message>
        <location filename="../../ui/wizard/page_message.py" line="-185"/>
        <source>Reservation {number} is not among this desk&apos;s reservations.</source>
        <translation>La réservation {number} ne figure pas parmi les réservations de ce poste.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reservation {number}: {facts}</source>
        <translation>Réservation {number} : {facts}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Confirm that this is the right reservation (guest and dates).</source>
        <translation>Confirmez qu&apos;il s&apos;agit de la bonne réservation (client et dates).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This sub-theme needs the reservation number.</source>
        <translation>Ce sous-thème demande le numéro de réservation.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>10 digits, as in the extranet</source>
        <translation>10 chiffres, comme dans l&apos;extranet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reservation number</source>
        <translation>Numéro de réservation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reservation found</source>
        <translation>Réservation trouvée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes, this is the reservation</source>
        <translation>&amp;Oui, c&apos;est bien cette réservation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm the reservation</source>
        <translation>Confirmer la réservation</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../ui/history/retention.py" line="-153"/>
        <source>Nothing is older than {date}.</source>
        <translation>Rien n’est antérieur au {date}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything last touched before {date} will be deleted:</source>
        <translation>Tout ce qui n’a pas bougé depuis le {date} sera supprimé :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} conversations with {m} messages</source>
        <translation>{n} conversations et {m} messages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} notes, {m} outbox entries, {k} attachments</source>
        <translation>{n} notes, {m} messages de la boîte d’envoi, {k} pièces jointes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} support cases and {m} calls</source>
        <translation>{n} demandes au support et {m} appels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} reservations, {m} audit entries, {k} old backups</source>
        <translation>{n} réservations, {m} entrées d’audit, {k} anciennes sauvegardes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup of the database is made first.</source>
        <translation>Une sauvegarde de la base est faite d’abord.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete old history?</source>
        <translation>Supprimer l’historique ancien ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This deletes what the preview lists. A backup is made first. Continue?</source>
        <translation>Ceci supprime ce que l’aperçu liste. Une sauvegarde est faite d’abord. Continuer ?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done. The backup made before deleting is {file}.</source>
        <translation>Terminé. La sauvegarde faite avant la suppression est {file}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep history for (months)</source>
        <translation>&amp;Conserver l’historique (mois)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months of history to keep</source>
        <translation>Mois d’historique à conserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up and delete</source>
        <translation>&amp;Sauvegarder et supprimer</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../ui/inbox/search.py" line="+59"/>
        <source>Search guest, reservation or message (Ctrl+K)</source>
        <translation>Rechercher un client, une réservation ou un message (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search conversations</source>
        <translation>Rechercher dans les conversations</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/help/search_panel.py" line="+130"/>
        <source>Showing results for: {query}</source>
        <translation>Résultats pour : {query}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No article found. Try other words, or fewer.</source>
        <translation>Aucun article trouvé. Essayez d&apos;autres mots, ou moins de mots.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No article has every word: showing articles with some of them.</source>
        <translation>Aucun article ne contient tous les mots : voici les articles qui en contiennent certains.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>changed since you saved it</source>
        <translation>modifié depuis que vous l&apos;avez enregistré</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+8"/>
        <source>Search the help articles</source>
        <translation>Rechercher dans les articles d&apos;aide</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved</source>
        <translation>Enregistrés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Article language</source>
        <translation>Langue des articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recently viewed articles</source>
        <translation>Articles consultés récemment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved articles</source>
        <translation>Articles enregistrés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article lists</source>
        <translation>Listes d&apos;articles</translation>
    </message>
</context>
<context>
    <name>SendConfirmDialog</name>
    <message>
        <location filename="../../ui/inbox/dialogs.py" line="-161"/>
        <source>Send this message?</source>
        <translation>Envoyer ce message ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Someone wrote in this conversation since you began your reply. Read what they wrote before sending.</source>
        <translation>Quelqu’un a écrit dans cette conversation depuis que vous avez commencé votre réponse. Lisez-le avant d’envoyer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check these points before sending.</source>
        <translation>Vérifiez ces points avant d’envoyer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (outbox)</source>
        <translation>{name} (boîte d’envoi)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Send anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Review first</source>
        <translation>Revoir d’abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed since you began</source>
        <translation>Ce qui a changé depuis le début de votre réponse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guest</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A colleague or the extranet</source>
        <translation>Un collègue ou l’extranet</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../ui/settings/setup.py" line="+92"/>
        <source>Connect Frontdesk to Booking.com</source>
        <translation>Connecter Frontdesk à Booking.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Property ids</source>
        <translation>Identifiants des établissements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine-account client id</source>
        <translation>Identifiant client du compte machine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messaging API URL</source>
        <translation>URL de l’API de messagerie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. 1234567, 7654321</source>
        <translation>p. ex. 1234567, 7654321</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember for this session only</source>
        <translation>Mémoriser pour cette session seulement</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/inbox/dialogs.py" line="+88"/>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>StaffManagementDialog</name>
    <message>
        <location filename="../../ui/staff/manage.py" line="+137"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Create the first profile. It is an administrator, signed in at once.</source>
        <translation>Créez le premier profil. C’est un administrateur, connecté aussitôt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an administrator can change staff profiles.</source>
        <translation>Seul un administrateur peut modifier les profils du personnel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff who left are deactivated; history keeps names.</source>
        <translation>Le personnel parti est désactivé ; l’historique garde les noms.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;activate</source>
        <translation>Ré&amp;activer</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+15"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>PIN changed.</source>
        <translation>Code PIN modifié.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two PINs differ.</source>
        <translation>Les deux codes PIN diffèrent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Profile added.</source>
        <translation>Profil ajouté.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+12"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff profiles</source>
        <translation>Profils du personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected profile</source>
        <translation>Profil sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change role</source>
        <translation>&amp;Changer le rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;PIN</source>
        <translation>Nouveau code &amp;PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set PIN</source>
        <translation>&amp;Définir le code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a profile</source>
        <translation>Ajouter un profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R&amp;ole</source>
        <translation>R&amp;ôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;IN</source>
        <translation>Code P&amp;IN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PIN a&amp;gain</source>
        <translation>Code PIN à &amp;nouveau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New PIN</source>
        <translation>Nouveau code PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <location filename="../../ui/staff_menu.py" line="+68"/>
        <source>&amp;Staff</source>
        <translation>&amp;Personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch staff…</source>
        <translation>Changer d’utilisateur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage staff…</source>
        <translation>Gérer le personnel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History and reports…</source>
        <translation>Historique et rapports…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift handover…</source>
        <translation>Passation de service…</translation>
    </message>
</context>
<context>
    <name>StaffTexts</name>
    <message>
        <location filename="../../ui/staff/texts.py" line="+14"/>
        <source>Reception</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Too many wrong PINs. Try again in {seconds} s.</source>
        <translation>Trop de codes erronés. Réessayez dans {seconds} s.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This PIN is not right. Type it again.</source>
        <translation>Ce code PIN est incorrect. Saisissez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>Un code PIN compte 4 à 8 chiffres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current PIN is not right.</source>
        <translation>Le code PIN actuel est incorrect.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This staff profile cannot sign in.</source>
        <translation>Ce profil ne peut pas se connecter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This name is empty or already used by someone else.</source>
        <translation>Ce nom est vide ou déjà utilisé par quelqu’un d’autre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The desk needs at least one active administrator.</source>
        <translation>L’accueil doit garder au moins un administrateur actif.</translation>
    </message>
</context>
<context>
    <name>SubthemePage</name>
    <message>
        <location filename="../../ui/wizard/page_theme.py" line="+146"/>
        <source>Guidance</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A reservation number is needed for this sub-theme.</source>
        <translation>Un numéro de réservation est nécessaire pour ce sous-thème.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the reservation number if it is about one.</source>
        <translation>Indiquez le numéro de réservation s&apos;il s&apos;agit d&apos;une réservation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the sub-theme.</source>
        <translation>Choisissez le sous-thème.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the sub-theme that fits best.</source>
        <translation>Choisissez le sous-thème qui convient le mieux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-themes</source>
        <translation>Sous-thèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the arrow keys, then Enter.</source>
        <translation>Utilisez les flèches, puis Entrée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reservation number</source>
        <translation>Numéro de réservation</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/wizard/page_summary.py" line="+97"/>
        <source>When you click Send, Frontdesk sends this message to Booking.com partner support through the support gateway. The answer arrives in Booking.com messages.</source>
        <translation>Quand vous cliquez sur Envoyer, Frontdesk envoie ce message à l&apos;assistance partenaires de Booking.com par la passerelle d&apos;assistance. La réponse arrive dans Messages de Booking.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When you click Prepare, Frontdesk keeps this case, copies the text and opens the extranet, with the clicks to make there. You send it in the extranet.</source>
        <translation>Quand vous cliquez sur Préparer, Frontdesk enregistre la demande, copie le texte et ouvre l&apos;extranet, avec les clics à y faire. Vous l&apos;envoyez dans l&apos;extranet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Prepare</source>
        <translation>&amp;Préparer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Booking.com aims to answer within {hours} hours: by {when}.</source>
        <translation>Booking.com s&apos;efforce de répondre sous {hours} heures : d&apos;ici le {when}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Call to {number} about {theme}. Outcome: {outcome}.</source>
        <translation>Appel au {number} au sujet de {theme}. Issue : {outcome}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no notes)</source>
        <translation>(aucune note)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The call and its notes go into the history.</source>
        <translation>L&apos;appel et ses notes vont dans l&apos;historique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save the call notes</source>
        <translation>&amp;Enregistrer les notes d&apos;appel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check and confirm</source>
        <translation>Vérifier et confirmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has been sent yet.</source>
        <translation>Rien n&apos;a encore été envoyé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it will be sent</source>
        <translation>Comment ce sera envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What will be sent</source>
        <translation>Ce qui sera envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When to expect an answer</source>
        <translation>Quand attendre une réponse</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../ui/inbox/status.py" line="+85"/>
        <source>New messages: {count}</source>
        <translation>Nouveaux messages : {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent: {count}</source>
        <translation>envoyés : {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in doubt: {count}</source>
        <translation>incertains : {count}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last sync: {when}</source>
        <translation>Dernière synchronisation : {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline — retrying</source>
        <translation>Hors ligne — nouvel essai automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Sign-in needed</source>
        <translation>Connexion nécessaire</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>First sync: %v of %m</source>
        <translation>Première synchronisation : %v sur %m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
</context>
<context>
    <name>ThemePage</name>
    <message>
        <location filename="../../ui/wizard/page_theme.py" line="-90"/>
        <source>Theme description</source>
        <translation>Description du thème</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the theme of your question.</source>
        <translation>Choisissez le thème de votre question.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What is it about?</source>
        <translation>De quoi s&apos;agit-il ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the theme, as in the extranet&apos;s contact options.</source>
        <translation>Choisissez le thème, comme dans les options de contact de l&apos;extranet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the arrow keys, then Enter.</source>
        <translation>Utilisez les flèches, puis Entrée.</translation>
    </message>
</context>
<context>
    <name>ThreadRenderer</name>
    <message>
        <location filename="../../ui/inbox/thread_render.py" line="+191"/>
        <source>No messages yet.</source>
        <extracomment>Links to attachments (opened full size by the view): ``frontdesk-attachment:&lt;id&gt;``.</extracomment>
        <translation>Aucun message pour l’instant.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show earlier messages ({count})</source>
        <translation>Afficher les messages précédents ({count})</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+48"/>
        <source>Guest</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Reservation {number}</source>
        <translation>Réservation {number}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Read-only conversation: Booking.com does not accept replies here.</source>
        <translation>Conversation en lecture seule : Booking.com n’accepte pas de réponse ici.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The messaging window closed on {when}.</source>
        <translation>La période d’échange s’est close le {when}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can reply until {when}.</source>
        <translation>Vous pouvez répondre jusqu’au {when}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Booking.com</source>
        <translation>Booking.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Property</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sent automatically: {name}</source>
        <translation>Envoyé automatiquement : {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>request</source>
        <translation>demande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-service request: {topic}</source>
        <translation>Demande en libre-service : {topic}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Request to book</source>
        <translation>Demande de réservation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only the Booking.com extranet can answer this request.</source>
        <translation>Seul l’extranet Booking.com permet de répondre à cette demande.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the reservation in the extranet</source>
        <translation>Ouvrir la réservation dans l’extranet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>[Photo {name} — not downloaded yet]</source>
        <translation>[Photo {name} — pas encore téléchargée]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Internal note — not sent to the guest</source>
        <translation>Note interne — non envoyée au client</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For the next shift</source>
        <translation>Pour l’équipe suivante</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} (outbox)</source>
        <translation>{name} (boîte d’envoi)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Photo: {name}</source>
        <translation>Photo : {name}</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../../ui/inbox/status.py" line="+40"/>
        <source>Frontdesk — unread guest conversations: {count}</source>
        <translation>Frontdesk — conversations clients non lues : {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New guest message</source>
        <translation>Nouveau message d’un client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unread guest conversations: {count}</source>
        <translation>Conversations clients non lues : {count}</translation>
    </message>
</context>
<context>
    <name>WhoPage</name>
    <message>
        <location filename="../../ui/wizard/page_who.py" line="-82"/>
        <source>Who needs help?</source>
        <translation>Qui a besoin d&apos;aide ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner support helps the property. Guests have their own Help Centre.</source>
        <translation>L&apos;assistance partenaires aide l&apos;établissement. Les clients ont leur propre Centre d&apos;aide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;The property (reception, management)</source>
        <translation>L&apos;é&amp;tablissement (réception, direction)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The property needs help</source>
        <translation>L&apos;établissement a besoin d&apos;aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;guest wants to contact Booking.com</source>
        <translation>Un &amp;client veut contacter Booking.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A guest needs help</source>
        <translation>Un client a besoin d&apos;aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Property:</source>
        <translation>Établissemen&amp;t :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Property</source>
        <translation>Établissement</translation>
    </message>
</context>
</TS>
