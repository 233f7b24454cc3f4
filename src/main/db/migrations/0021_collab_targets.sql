-- Targets set by hand for one collaboration, in place of its share of the campaign's: none had any before.
ALTER TABLE `collaborations` ADD `targets` text;