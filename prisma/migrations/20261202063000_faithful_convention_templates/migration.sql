-- Convention templates following the national models (../shared/CONVENTION-OUTLINE.md): préambule,
-- articles numbered as in the models (3-1 to 3-4), every obligation. Databases that already hold
-- templates get a new published version of each type; conventions already produced keep the version
-- they were produced with, and a draft being edited moves after the new version. A new database gets
-- the same texts as version 1 from lib/conventions/default-templates.ts (npm run db:setup).
UPDATE "ConventionTemplate" SET "version" = "version" + 1 WHERE "publishedAt" IS NULL;

INSERT INTO "ConventionTemplate" ("id", "type", "version", "title", "body", "publishedAt", "createdAt")
SELECT 'tpl-structures-national-model', 'STRUCTURES',
       COALESCE((SELECT MAX("version") FROM "ConventionTemplate" WHERE "type" = 'STRUCTURES' AND "publishedAt" IS NOT NULL), 0) + 1,
       $title$Convention d'habilitation informatique « Structures »$title$,
       $body$Mise en ligne, sur le site monenfant.fr, de données relatives aux structures d'accueil référencées sur le site

## Préambule
La Caisse nationale des allocations familiales (Cnaf) a créé le site monenfant.fr pour informer les familles sur les modes d'accueil du jeune enfant et de l'enfant, et les aider à trouver une solution d'accueil près de chez elles.

L'espace partenaires du site permet aux gestionnaires de structures d'accueil de publier eux-mêmes, sous le contrôle de la Caf, les disponibilités d'accueil de leurs établissements d'accueil du jeune enfant (EAJE) et les modalités de fonctionnement de leurs structures.

La Cnaf est responsable du traitement des données publiées sur monenfant.fr, au sens de l'article 4.7 du règlement général sur la protection des données (RGPD).

La présente convention fixe les conditions dans lesquelles la Caf habilite le fournisseur de données à utiliser l'espace partenaires.

## Article 1 — Objet
La Caf, autorisée par la Cnaf, accorde au fournisseur de données une habilitation informatique lui permettant de mettre en ligne, pour les structures qu'il gère et qui sont listées en annexe 1, les disponibilités d'accueil des EAJE et les modalités de fonctionnement des structures.

La fourniture de ces données relève du libre choix du fournisseur de données ; elle ne constitue pas une obligation.

Les modalités de fonctionnement sont validées par la Caf avant leur publication.

L'habilitation est accordée à titre gratuit, à des fins institutionnelles et non commerciales exclusivement.

## Article 2 — Obligations et engagements des parties
Les parties s'engagent à respecter le règlement (UE) 2016/679 du 27 avril 2016 (RGPD) et la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés.

Elles se doivent mutuellement conseil et information pour la bonne exécution de la présente convention. Elles conviennent de la manière dont sont traitées les réclamations qu'un gestionnaire de structure adresse à la Caf au sujet des données publiées.

Le fournisseur de données s'interdit de saisir : toute publicité, même déguisée ; toute information fausse, inexacte ou trompeuse ; tout contenu injurieux, diffamatoire, raciste ou discriminatoire ; tout contenu à caractère essentiellement politique, syndical, philosophique ou religieux ; tout programme ou fichier malveillant. La Caf peut retirer à tout moment un contenu qui ne respecte pas ces règles.

Tout contenu publié doit être conforme à la mission de service public du site et respecter les droits des tiers. Les modalités de fonctionnement ne sont publiées qu'après validation préalable de la Caf.

Lorsque l'une des parties recourt à un prestataire, elle s'assure que celui-ci présente des garanties de sécurité, de confidentialité et de secret professionnel, et qu'il prend les mêmes engagements qu'elle : n'utiliser les documents et informations confiés que pour la prestation ; n'en conserver aucune copie à l'issue de celle-ci ; ne pas les divulguer ; prendre les mesures propres à empêcher tout usage détourné ou frauduleux ; en assurer la bonne conservation ; reconstituer les fichiers perdus ou détériorés.

## Article 3 — Modalités pratiques de l'habilitation

### Article 3-1 — Demande d'habilitation
La demande est faite en ligne depuis le site public monenfant.fr. Le fournisseur de données y indique ses coordonnées, la Caf du département concernée, les structures pour lesquelles il souhaite publier des modalités de fonctionnement, les EAJE pour lesquels il souhaite publier des disponibilités, et les personnes à habiliter.

Le fournisseur de données valide sa demande, qui est transmise à la Caf ; un courriel d'accusé de réception la lui confirme. La Caf instruit la demande, adresse la convention par voie postale pour signature, puis active l'habilitation dès réception de l'exemplaire signé.

### Article 3-2 — Gestion de l'habilitation et du mot de passe
À l'activation, chaque personne habilitée reçoit par courriel un mot de passe. Ce mot de passe est généré aléatoirement ; il est alphanumérique, sensible à la casse et compte huit caractères lors de sa première attribution. Il doit être changé à la première connexion ; le nouveau mot de passe compte au moins huit caractères.

Aucune modification de l'habilitation n'est possible en ligne : toute modification fait l'objet d'une demande expresse adressée à la Caf.

En cas de perte ou de vol du mot de passe, la personne habilitée saisit son identifiant et recopie le texte affiché à l'écran ; un nouveau mot de passe généré lui est adressé par courriel, qu'elle personnalise à sa connexion suivante.

Les personnes habilitées sont listées en annexe 1.

### Article 3-3 — Modalités d'accès
Chaque personne habilitée se connecte avec son identifiant et son mot de passe et saisit, pour les structures dont elle a la charge, les informations mentionnées à l'article 1. Les modalités de fonctionnement sont validées par la Caf avant leur mise en ligne.

### Article 3-4 — Engagements du fournisseur habilité
Le fournisseur de données ne remet les codes d'accès qu'aux membres de son personnel nommément habilités. Ces codes sont personnels : ils ne sont ni communiqués à un tiers, ni partagés entre membres du personnel.

Le numéro d'identification de la personne habilitée, associé à chaque saisie, permet à la Caf de s'assurer que les saisies sont faites dans le cadre de la présente convention.

Le fournisseur de données est tenu, ainsi que son personnel, à la discrétion, à la confidentialité et au secret professionnel pour les informations non publiées dont il a connaissance.

Il informe la Caf de tout changement de fonction ou de toute fin de mission d'une personne habilitée.

La Caf procède à des contrôles des connexions.

## Article 4 — Mises à jour et suppression des données
La mise à jour consiste à annuler et remplacer les données en ligne. Elle porte sur les disponibilités d'accueil et sur les modalités de fonctionnement. Le fournisseur de données procède aux mises à jour au fur et à mesure de leur nécessité.

## Article 5 — Durée et résiliation
La présente convention prend effet à la date de sa signature. Elle est conclue pour une durée d'un an et renouvelée par tacite reconduction.

Chaque partie peut la résilier chaque année, moyennant un préavis de trois mois avant sa date anniversaire, par lettre recommandée avec accusé de réception.

Les engagements pris avant la résiliation se poursuivent jusqu'à leur terme.

## Article 6 — Exécution formelle
Toute modification de la présente convention ou de ses annexes ne prend effet qu'après la signature d'un avenant par les deux parties.

La nullité d'une clause n'affecte pas la validité des autres clauses.

En cas de difficulté d'interprétation entre l'intitulé d'un article et son contenu, le contenu prévaut.$body$,
       CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
WHERE EXISTS (SELECT 1 FROM "ConventionTemplate" WHERE "type" = 'STRUCTURES' AND "publishedAt" IS NOT NULL);

INSERT INTO "ConventionTemplate" ("id", "type", "version", "title", "body", "publishedAt", "createdAt")
SELECT 'tpl-info-point-national-model', 'INFO_POINT',
       COALESCE((SELECT MAX("version") FROM "ConventionTemplate" WHERE "type" = 'INFO_POINT' AND "publishedAt" IS NOT NULL), 0) + 1,
       $title$Convention d'engagement de service et d'habilitation informatique « Lieu d'information »$title$,
       $body$Accès des lieux d'information aux demandes d'information des familles déposées sur le site monenfant.fr

## Préambule
La Caisse nationale des allocations familiales (Cnaf) a créé le site monenfant.fr pour informer les familles sur les modes d'accueil du jeune enfant et de l'enfant. Les familles peuvent y déposer une demande d'information sur l'accueil de leur enfant dans une commune.

L'espace partenaires du site permet aux lieux d'information habilités de recevoir ces demandes pour les communes qu'ils couvrent, et d'y donner suite auprès des familles.

La Cnaf est responsable du traitement des données recueillies sur monenfant.fr, au sens de l'article 4.7 du règlement général sur la protection des données (RGPD).

La présente convention fixe les conditions dans lesquelles la Caf habilite le lieu d'information à utiliser l'espace partenaires, et les engagements de service qu'il prend.

## Article 1 — Objet
La Caf, autorisée par la Cnaf, autorise le lieu d'information à accéder à l'espace partenaires pour y récupérer, aux formats PDF et XML (flux XML), les demandes d'information des familles relatives à l'accueil de leur enfant dans les communes listées en annexe 1.

Le lieu d'information assure seul le traitement et le suivi de ces demandes.

L'habilitation est accordée à titre gratuit, à des fins institutionnelles et non commerciales exclusivement.

## Article 2 — Obligations et engagements des parties
Les parties se doivent mutuellement conseil et information. Elles s'engagent à respecter le règlement (UE) 2016/679 du 27 avril 2016 (RGPD) et la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés.

Le lieu d'information n'utilise les données transmises que pour traiter les demandes et prendre contact avec les familles ; il s'interdit toute utilisation commerciale.

Il est tenu au secret professionnel (article 226-13 du code pénal), à la confidentialité et à la discrétion. Il s'engage en particulier à :
- n'utiliser les données et documents transmis à aucune autre fin ;
- n'en faire aucune copie ;
- ne les divulguer à personne ;
- prendre toute mesure de sécurité propre à empêcher leur usage détourné ou frauduleux ;
- n'en conserver aucune copie à la fin de la convention, et en attester par une attestation de destruction signée par une personne habilitée ;
- reconstituer les fichiers perdus ou détériorés ;
- ne conserver les données à caractère personnel que six mois au plus à compter de leur transmission, et faire signer par une personne habilitée, dans le mois qui suit ces six mois, une attestation de leur destruction.

Son personnel et ses prestataires sont tenus aux mêmes obligations ; ils signent un engagement de sécurité et de confidentialité que la Caf peut demander à consulter.

La Caf peut vérifier à tout moment le respect de ces obligations. Leur manquement peut entraîner la résiliation de la convention aux torts exclusifs du lieu d'information, et engager sa responsabilité pénale (articles 226-17 et 226-5 du code pénal). Ces obligations demeurent après la fin de la convention.

Le lieu d'information rend compte à la Caf de la manière dont il les respecte.

La Caf et la Cnaf répondent du formulaire de demande, de son enregistrement et de sa mise à disposition du lieu d'information ; elles ne répondent pas du traitement de la demande auprès de la famille.

## Article 3 — Modalités pratiques de l'habilitation

### Article 3-1 — Demande d'habilitation
La demande est faite en ligne depuis le site public monenfant.fr. Le lieu d'information y indique ses coordonnées, la Caf du département concernée, les communes qu'il couvre et le nom des personnes à habiliter.

Il valide sa demande, qui est transmise à la Caf ; un courriel d'accusé de réception la lui confirme. La Caf instruit la demande et active l'habilitation dès réception de la convention signée.

Le lieu d'information exerce ses droits d'information, d'accès, de rectification et de suppression des données le concernant par courrier adressé au directeur de la Caf.

### Article 3-2 — Gestion de l'habilitation et du mot de passe
L'habilitation repose sur l'adresse électronique de la personne habilitée, qui lui sert d'identifiant, et sur un mot de passe qu'elle peut modifier. Le mot de passe est généré aléatoirement ; il est alphanumérique, sensible à la casse et compte huit caractères lors de sa première attribution ; il doit être changé à la première connexion et compte ensuite au moins huit caractères.

La Caf n'a pas connaissance des mots de passe et ne les gère pas.

Aucune modification de l'habilitation n'est possible en ligne : toute modification fait l'objet d'une demande expresse adressée à la Caf.

En cas de perte du mot de passe, la personne habilitée saisit son identifiant et recopie le texte affiché à l'écran ; un nouveau mot de passe généré lui est adressé par courriel, qu'elle personnalise à sa connexion suivante.

Les personnes habilitées sont listées en annexe 1.

### Article 3-3 — Modalités d'accès
Chaque personne habilitée se connecte avec son identifiant et son mot de passe.

### Article 3-4 — Engagements du lieu d'information habilité
Les codes d'accès sont personnels : ils ne sont ni communiqués à un tiers, ni partagés.

Le lieu d'information informe la Caf de tout changement de fonction ou de tout départ d'une personne habilitée. La Caf procède à des contrôles des connexions.

Le lieu d'information récupère les demandes dans un délai de quinze jours calendaires à compter du courriel qui les lui signale ; il les traite et en assure le suivi avec diligence.

## Article 4 — Durée et résiliation
La présente convention prend effet à la date de sa signature. Elle est conclue pour une durée d'un an et renouvelée par tacite reconduction.

Chaque partie peut la résilier chaque année, moyennant un préavis de trois mois avant sa date anniversaire, par lettre recommandée avec accusé de réception.

La Caf peut en outre la résilier à tout moment, par lettre recommandée avec accusé de réception, en cas d'inexécution de ses obligations par le lieu d'information ou d'utilisation abusive ou non autorisée des données, sans préjudice de tous dommages et intérêts.

## Article 5 — Exécution formelle
Toute modification de la présente convention ou de ses annexes ne prend effet qu'après la signature d'un avenant par les deux parties.

Une clause reconnue non valable est réputée non écrite ; les parties la remplacent par une clause d'effet équivalent. Les autres clauses demeurent.

En cas de difficulté d'interprétation entre l'intitulé d'un article et son contenu, le contenu prévaut.

## Article 6 — Responsabilité
Chaque partie répond de ses propres activités et de ses propres obligations. La Caf et la Cnaf ne peuvent être tenues pour responsables d'une mauvaise utilisation ou d'une détérioration, par le lieu d'information, des données qui lui sont transmises.

## Article 7 — Règlement des litiges
Les parties recherchent d'abord un règlement amiable de tout différend relatif à la présente convention. À défaut, le litige est porté devant les juridictions compétentes.$body$,
       CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
WHERE EXISTS (SELECT 1 FROM "ConventionTemplate" WHERE "type" = 'INFO_POINT' AND "publishedAt" IS NOT NULL);
